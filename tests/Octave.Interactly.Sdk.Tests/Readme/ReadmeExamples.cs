using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.AspNetCore;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Tests.Readme;

/// <summary>
/// Every C# block of README.md, verbatim, so that the README cannot show code that does not compile.
/// ReadmeCodeBlocksTests checks that each block still appears here; the emulator example also runs.
/// </summary>
public sealed class ReadmeExamples
{
    public static void RegisterFromConfiguration(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowClients(configuration.GetSection("WorkflowClients"));
    }

    public static void RegisterInCode(IServiceCollection services, string octaveKey, string interactlyKey)
    {
        services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = octaveKey;
            options.Interactly.ApiKey = interactlyKey;
        });
    }

    public static OctaveClient RegisterTenants(IServiceCollection services, IServiceProvider provider, string tenantAKey, string tenantBKey)
    {
        services.AddWorkflowClients("tenant-a", options => options.Octave.ApiKey = tenantAKey);
        services.AddWorkflowClients("tenant-b", options => options.Octave.ApiKey = tenantBKey);

        // later, from the container:
        OctaveClient tenantA = provider.GetRequiredService<IWorkflowClientFactory>().GetOctaveClient("tenant-a");
        return tenantA;
    }

    public static (OctaveClient, InteractlyClient) WithoutContainer(HttpClient httpClient, string octaveKey, string interactlyKey)
    {
        var octave = OctaveClient.Create(httpClient, new OctaveOptions { ApiKey = octaveKey });
        var interactly = new InteractlyClient(httpClient, new InteractlyOptions { ApiKey = interactlyKey });
        return (octave, interactly);
    }

    public static async Task RunAndAwait(OctaveClient octave, CancellationToken cancellationToken)
    {
        WorkflowRunResult result = await octave.RunWorkflowAsync(
            "caw_3rgkoHhR00cEdE9DjKeIK",
            new EnrichPersonRequest { Email = "ada@example.com", FirstName = "Ada" },
            cancellationToken: cancellationToken);

        if (result.Succeeded)
        {
            Console.WriteLine(result.Output);  // the workflow's output, delivered by callback
        }
        else
        {
            Console.WriteLine($"Run {result.JobOId} failed: {result.Error}");
        }
    }

    public static async Task Handles(OctaveClient octave, CancellationToken cancellationToken)
    {
        WorkflowRun run = await octave.StartWorkflowAsync("caw_3rgkoHhR00cEdE9DjKeIK", cancellationToken: cancellationToken);
        string token = run.ToToken();            // store it anywhere

        // ... in another process, or after a restart:
        WorkflowRun again = WorkflowRun.FromToken(octave, token);
        await foreach (WorkflowRunUpdate update in again.WatchAsync(cancellationToken: cancellationToken))
        {
            Console.WriteLine($"{update.State}: {update.Status.ProcessedCount}/{update.Status.TotalCount}");
        }
    }

    public static void Callbacks(WebApplicationBuilder builder, Uri publicBaseUrl, string octaveKey)
    {
        var token = CallbackUrls.NewToken();     // keep it secret: it stands in for a signature
        builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);
        builder.Services.AddOctaveCallbackHandler<RecordCompletion>();
        builder.Services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = octaveKey;
            options.OctaveClient.CallbackUrl = CallbackUrls.Create(publicBaseUrl, token).Url.AbsoluteUri;
        });

        var app = builder.Build();
        app.MapOctaveCallbacks("/callbacks/octave/{token}");
    }

    public static void SeveralInstances(WebApplicationBuilder builder, Uri publicBaseUrl, string octaveKey, string callbackToken, string redisConnectionString)
    {
        var token = callbackToken;               // the same secret token on every instance
        builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);
        builder.Services.AddOctaveCallbackHandler<RecordCompletion>();
        builder.Services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = octaveKey;
            options.OctaveClient.CallbackUrl = CallbackUrls.Create(publicBaseUrl, token).Url.AbsoluteUri;
        })
        .AddRedis(redisConnectionString, redis => redis.KeyPrefix = "billing-service:");

        var app = builder.Build();
        app.MapOctaveCallbacks("/callbacks/octave/{token}");
    }

    public static async Task Sessions(InteractlyClient interactly, string workflowId, CancellationToken cancellationToken)
    {
        await using InteractlySession session = await interactly.StartSessionAsync(workflowId, cancellationToken: cancellationToken);
        Console.WriteLine(string.Join(Environment.NewLine, session.LastTurn!.AssistantMessages));

        InteractlyTurn turn = await session.SendAsync("My name is Ada", cancellationToken);
        Console.WriteLine(string.Join(Environment.NewLine, turn.AssistantMessages));

        if (!session.IsCompleted)
        {
            await session.StopAsync(cancellationToken);   // status becomes cancelled
        }
    }

    public static async Task<ConversationTranscript> TurnLoop(InteractlySession session, CancellationToken cancellationToken)
    {
        var answers = new Queue<string>(new[] { "Ada", "What is the answer?" });
        ConversationTranscript transcript = await session.RunAsync(
            (turn, ct) => new ValueTask<string?>(answers.Count > 0 ? answers.Dequeue() : null),
            new ConversationLoopOptions { MaxTurns = 10 },
            cancellationToken);

        foreach (TranscriptEntry entry in transcript.Entries)
        {
            Console.WriteLine($"{entry.Role}: {entry.Text}");
        }

        return transcript;
    }

    public static async Task Errors(OctaveClient octave, string jobOId, CancellationToken cancellationToken)
    {
        try
        {
            await octave.Api.GetWorkflowRunStatusAsync(jobOId, cancellationToken: cancellationToken);
        }
        catch (WorkflowApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            Console.WriteLine($"No such run ({error.ApiMessage}); request id {error.RequestId}");
        }
    }

    [Test]
    public async Task Testing_against_the_emulator()
    {
        await using var emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions
        {
            JobPendingMilliseconds = 20,
            JobRunningMilliseconds = 80,
        });

        var services = new ServiceCollection();
        services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = "emulator-key";
            options.Octave.BaseUrl = emulator.OctaveBaseUrl;
            options.Interactly.ApiKey = "emulator-key";
            options.Interactly.BaseUrl = emulator.InteractlyBaseUrl;
            options.Polling.InitialInterval = TimeSpan.FromMilliseconds(20);
        });
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<OctaveClient>().RunWorkflowAsync("caw_demo_enrich");
        Assert.That(result.Succeeded, Is.True);
        Assert.That(emulator.Journal.Count("POST", "/api/v2/workflows/run"), Is.EqualTo(1));
    }

    public static void Faults(WorkflowEmulator emulator)
    {
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v2/workflows/run/status", StatusCode = 503, Times = 2 });
        emulator.Faults.Add(new FaultRule { Path = "/workflows/v1/workflows/*/execute", StatusCode = 429, RetryAfterSeconds = 1, Times = 1 });
    }

    private sealed class RecordCompletion : IOctaveCallbackHandler
    {
        public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken)
        {
            Console.WriteLine($"{callback.RunId} {callback.Status}");
            return Task.CompletedTask;
        }
    }
}
