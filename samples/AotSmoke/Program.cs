using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;

namespace AotSmoke;

/// <summary>
/// Drives one Octave workflow run and one Interactly conversation through the SDK, compiled to native code.
/// Usage: AotSmoke &lt;octave-base-url&gt; &lt;interactly-base-url&gt; (or OCTAVE_BASE_URL / INTERACTLY_BASE_URL).
/// </summary>
internal static class Program
{
    private const string DemoWorkflowOId = "caw_demo_enrich";
    private const string GreeterWorkflowId = "6a11c0de0000000000000001";

    private static async Task<int> Main(string[] args)
    {
        var octaveUrl = Argument(args, 0, "OCTAVE_BASE_URL");
        var interactlyUrl = Argument(args, 1, "INTERACTLY_BASE_URL");
        if (octaveUrl is null || interactlyUrl is null)
        {
            await Console.Error.WriteLineAsync("Usage: AotSmoke <octave-base-url> <interactly-base-url>").ConfigureAwait(false);
            return 2;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            await RunOctaveWorkflowAsync(http, new Uri(octaveUrl), timeout.Token).ConfigureAwait(false);
            await HoldInteractlyConversationAsync(http, new Uri(interactlyUrl), timeout.Token).ConfigureAwait(false);
            Console.WriteLine("AOT smoke: OK");
            return 0;
        }
        catch (Exception exception) when (exception is WorkflowApiException or InvalidOperationException or OperationCanceledException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync("AOT smoke FAILED: " + exception).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task RunOctaveWorkflowAsync(HttpClient http, Uri baseUrl, CancellationToken cancellationToken)
    {
        var client = OctaveClient.Create(
            http,
            new OctaveOptions { ApiKey = "aot-smoke-key", BaseUrl = baseUrl },
            new OctaveClientOptions { Polling = new PollingOptions { InitialInterval = TimeSpan.FromMilliseconds(50), MaxInterval = TimeSpan.FromMilliseconds(200) } });

        var result = await client.RunWorkflowAsync(DemoWorkflowOId, entryInputs: new EnrichPersonRequest { Email = "ada@example.com", FirstName = "Ada" }, cancellationToken: cancellationToken).ConfigureAwait(false);

        Console.WriteLine($"Octave workflow {DemoWorkflowOId}: run {result.JobOId} ended {result.State} (processed {result.Status?.ProcessedCount}/{result.Status?.TotalCount})");
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The workflow run ended {result.State}: {result.Error}");
        }
    }

    private static async Task HoldInteractlyConversationAsync(HttpClient http, Uri baseUrl, CancellationToken cancellationToken)
    {
        var client = new InteractlyClient(http, new InteractlyOptions { ApiKey = "aot-smoke-key", BaseUrl = baseUrl });

        var session = await client.StartSessionAsync(GreeterWorkflowId, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            Print(1, session.LastTurn!);
            Print(2, await session.SendAsync("Ada", cancellationToken).ConfigureAwait(false));
            var last = await session.SendAsync("What is the answer?", cancellationToken).ConfigureAwait(false);
            Print(3, last);

            Console.WriteLine($"Interactly session {session.RunId}: {session.TurnNumber} turns, status {session.Status}");
            if (!last.IsCompleted || !last.Status.Equals(InteractlyRunStatus.Completed))
            {
                throw new InvalidOperationException($"The conversation should have completed, but its status is {last.Status}.");
            }
        }
    }

    private static void Print(int turn, InteractlyTurn reply) =>
        Console.WriteLine($"  turn {turn} [{reply.Status}] assistant: {string.Join(" / ", reply.AssistantMessages)}");

    private static string? Argument(string[] args, int index, string variable) =>
        args.Length > index ? args[index] : Environment.GetEnvironmentVariable(variable);
}
