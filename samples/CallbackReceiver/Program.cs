using System;
using System.Linq;
using CallbackReceiver;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.Testing;

var settings = ReceiverSettings.FromEnvironment();

// Without an API key the runs go to an emulator in this process; it posts its callbacks to this app like Octave would.
await using var emulator = settings.UsesEmulator ? await WorkflowEmulator.StartAsync() : null;

// --redis HOST:PORT runs two instances of this app against one Redis instead (see TwoInstances.cs).
if (TwoInstances.RedisAddress(args) is { } redis)
{
    await TwoInstances.RunAsync(settings, emulator, redis);
    return;
}

var builder = WebApplication.CreateBuilder(args);

// Request logs would print the callback path, token included, and drown the completions this sample is about.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
var listenUrl = builder.Configuration["urls"]?.Split(';').First() ?? ReceiverSettings.DefaultListenUrl;
builder.WebHost.UseUrls(listenUrl);

// The token is the callback URL's only credential: Octave cannot sign its callbacks, so the URL must be unguessable.
var token = CallbackUrls.NewToken();
var callback = CallbackUrls.Create(new Uri(settings.CallbackBase(listenUrl), "callbacks/octave"), token);

builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);
builder.Services.AddOctaveCallbackHandler<PrintingCallbackHandler>();
builder.Services.AddSingleton<CompletionBoard>();

// The clients over IHttpClientFactory, with retries and timeouts; OCTAVE_API_KEY and OCTAVE_BASE_URL are read from the
// environment. The OctaveClient shares the receiver's completion registry, so a wait on a run ends on its callback.
builder.Services.AddWorkflowClients(options =>
{
    if (emulator is not null)
    {
        options.Octave.ApiKey = "callback-receiver";
        options.Octave.BaseUrl = emulator.OctaveBaseUrl;
    }

    options.OctaveClient.CallbackUrl = callback.Url.ToString();
});

var app = builder.Build();
app.MapOctaveCallbacks("/callbacks/octave/{token}");
app.MapRunEndpoints(settings.WorkflowOId);
app.MapGet("/", () => $"POST /runs?count=3 starts {settings.WorkflowOId} runs; GET /runs lists them and their completions.");

await app.StartAsync();
var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CallbackReceiver");
var octaveAt = emulator is null ? app.Services.GetRequiredService<IOptions<WorkflowClientsOptions>>().Value.Octave.BaseUrl.ToString() : "in-process emulator";
log.LogInformation("Octave: {Where}. Callbacks arrive at {Path}{{token}}.", octaveAt, callback.Url.AbsoluteUri[..^token.Length]);
log.LogInformation("Try: curl -X POST '{Url}/runs?count=3' then curl {Url}/runs", listenUrl.TrimEnd('/'), listenUrl.TrimEnd('/'));

// On the emulator, a few runs start right away so the completions can be watched arriving.
if (emulator is not null)
{
    var started = await RunEndpoints.StartRunsAsync(app.Services.GetRequiredService<OctaveClient>(), app.Services.GetRequiredService<CompletionBoard>(), settings.WorkflowOId, 3, app.Lifetime.ApplicationStopping);
    log.LogInformation("Started {Count} runs: {Runs}", started.Count, string.Join(", ", started));
}

await app.WaitForShutdownAsync();
