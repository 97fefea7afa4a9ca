using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Testing.Dashboard;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// A local, stateful server for the Octave v2 and Interactly Workflows v1 APIs on loopback, with
/// scriptable scenarios, fault injection, a request journal and real callback delivery.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await WorkflowEmulator.StartAsync();
/// // point the client at emulator.OctaveBaseUrl and emulator.InteractlyBaseUrl
/// </code>
/// </example>
public sealed class WorkflowEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EmulatorContext context;
    private readonly OctaveEmulatorEngine octave;
    private readonly InteractlyEmulatorEngine interactly;
    private readonly CallbackDispatcher dispatcher;
    private readonly CallbackScheduler scheduler;
    private int disposed;

    private WorkflowEmulator(WorkflowEmulatorOptions options)
    {
        context = new EmulatorContext(options, options.TimeProvider, new Random(options.Seed));
        Journal = new RequestJournal(options.JournalCapacity);
        Faults = new FaultRuleSet(context);
        CallbackDeliveries = new CallbackDeliveryLog();
        dispatcher = new CallbackDispatcher(context, CallbackDeliveries);
        scheduler = new CallbackScheduler(context, dispatcher, CallbackDeliveries);
        interactly = new InteractlyEmulatorEngine(context);
        Catalog = new EmulatorCatalog(interactly.Catalog);
        octave = new OctaveEmulatorEngine(context, Catalog, scheduler);
        BuiltInScenarios.AddTo(Catalog, options);
        if (!string.IsNullOrWhiteSpace(options.ScenarioFile))
        {
            ScenarioFileLoader.Load(options.ScenarioFile, Catalog, interactly.LoadScenarios);
        }

        app = BuildApplication(options);
    }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Base URL for an Octave client (the server root).</summary>
    public Uri OctaveBaseUrl => BaseUrl;

    /// <summary>Base URL for an Interactly client: <c>http://127.0.0.1:{port}/workflows/</c>.</summary>
    public Uri InteractlyBaseUrl => new(BaseUrl, "workflows/");

    /// <summary>
    /// A callback URL on the emulator itself that answers 200 and keeps nothing. Octave's agent and email endpoints
    /// require a callback URL; pass this one in tests that learn the result by polling, so no callback leaves the
    /// machine. The deliveries still show in <see cref="CallbackDeliveries"/>.
    /// </summary>
    public Uri DiscardingCallbackUrl => new(BaseUrl, ControlRoutes.Prefix.TrimStart('/') + ControlRoutes.DiscardingCallbackPath);

    /// <summary>Every API request received, with secrets redacted.</summary>
    public RequestJournal Journal { get; }

    /// <summary>The active fault rules.</summary>
    public FaultRuleSet Faults { get; }

    /// <summary>The scenarios (Octave workflows and agents, Interactly workflows) the emulator serves.</summary>
    public EmulatorCatalog Catalog { get; }

    /// <summary>The Interactly workflows, for code registration (same object as <see cref="EmulatorCatalog.Interactly"/>).</summary>
    public InteractlyCatalog InteractlyCatalog => interactly.Catalog;

    /// <summary>Every callback delivery attempt and the delivery state of each run.</summary>
    public CallbackDeliveryLog CallbackDeliveries { get; }

    /// <summary>Starts an emulator on loopback. Dispose it to stop it.</summary>
    /// <param name="options">Settings; null uses the defaults (free port, seed 1).</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<WorkflowEmulator> StartAsync(WorkflowEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new WorkflowEmulator(options ?? new WorkflowEmulatorOptions());
        try
        {
            await emulator.app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var addresses = emulator.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        int port = new Uri(addresses.First()).Port;
        emulator.BaseUrl = new Uri("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
        return emulator;
    }

    /// <summary>
    /// Forgets runs, journal, faults and callback deliveries (also abandoning callbacks not yet sent);
    /// keeps the catalogue. Same as <c>POST /_emulator/reset</c>.
    /// </summary>
    public void Reset()
    {
        scheduler.CancelAll();
        octave.Reset();
        interactly.Reset();
        Journal.Clear();
        Faults.Clear();
        CallbackDeliveries.Clear();
    }

    /// <summary>Stops accepting requests. Pending callbacks are abandoned.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        scheduler.CancelAll();
        await app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        scheduler.Dispose();
        try
        {
            await app.StopAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Never started (start-up failed): nothing to stop.
        }

        await app.DisposeAsync().ConfigureAwait(false);
        dispatcher.Dispose();
    }

    /// <summary>The catalogue as served by <c>GET /_emulator/catalog</c>.</summary>
    public JsonObject DescribeCatalog() => EmulatorCatalogJson.ToJson(Catalog, interactly.DescribeCatalog());

    /// <summary>Unknown routes answer in the style of the API their path belongs to, so clients can parse the error.</summary>
    private Task NotFoundAsync(Microsoft.AspNetCore.Http.HttpContext http) =>
        http.Request.Path.StartsWithSegments("/workflows", StringComparison.OrdinalIgnoreCase)
            ? EmulatorHttp.WriteJsonAsync(http, 404, new JsonObject { ["detail"] = "Not Found" })
            : OctaveResponses.ErrorAsync(http, context, 404, "Route " + http.Request.Method + " " + http.Request.Path + " not found");

    private WebApplication BuildApplication(WorkflowEmulatorOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WorkflowEmulator).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        // The emulator runs inside someone else's process (a test run, or the tool, which handles signals itself).
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();

        var application = builder.Build();
        var journal = new JournalMiddleware(context, Journal);
        var faults = new FaultMiddleware(context, Faults);
        var authentication = new AuthenticationMiddleware(context);
        application.Use(journal.InvokeAsync);
        application.Use(faults.InvokeAsync);
        application.Use(authentication.InvokeAsync);
        ControlRoutes.Map(application, this);
        DashboardRoutes.Map(application, new DashboardState(context, octave.Runs, interactly, CallbackDeliveries, Journal));
        octave.MapRoutes(application);
        interactly.MapRoutes(application.MapGroup("/workflows"));
        application.MapFallback(NotFoundAsync);
        return application;
    }
}
