using System;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// The Octave v2 half of the emulator: its routes, its runs and their callbacks. Handlers live in
/// the partial files next to this one, one per endpoint family.
/// </summary>
internal sealed partial class OctaveEmulatorEngine
{
    private readonly EmulatorContext context;
    private readonly EmulatorCatalog catalog;
    private readonly OctaveRunStore runs = new();
    private readonly CallbackScheduler callbacks;

    public OctaveEmulatorEngine(EmulatorContext context, EmulatorCatalog catalog, CallbackScheduler callbacks)
    {
        this.context = context;
        this.catalog = catalog;
        this.callbacks = callbacks;
    }

    public void MapRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v2/workflows/run", StartWorkflowAsync);
        app.MapGet("/api/v2/workflows/run/status", GetWorkflowStatusAsync);
        app.MapPost("/api/v2/async/agent/run", StartAgentAsync);
        app.MapGet("/api/v2/async/agent/run/status", GetAgentStatusAsync);
        app.MapPost("/api/v2/async/headless/generate-emails", StartEmailGenerationAsync);
        app.MapGet("/api/v2/api-key/validate", ValidateApiKeyAsync);
        MapRunsApiAndAccountRoutes(app);
        foreach (var (path, type) in SyncAgentPaths)
        {
            app.MapPost("/api/v2/agents/" + path + "/run", http => RunSyncAgentAsync(http, path, type));
        }
    }

    public void Reset() => runs.Clear();

    /// <summary>The runs started so far, for the dashboard; records are immutable, so no lock is needed.</summary>
    public OctaveRunStore Runs => runs;

    /// <summary>Run durations: the scenario's own, else the emulator defaults.</summary>
    private (TimeSpan Pending, TimeSpan Running) Durations(int? pendingMilliseconds, int? runningMilliseconds) =>
        (TimeSpan.FromMilliseconds(Math.Max(0, pendingMilliseconds ?? context.Options.JobPendingMilliseconds)),
         TimeSpan.FromMilliseconds(Math.Max(0, runningMilliseconds ?? context.Options.JobRunningMilliseconds)));

    /// <summary>The request body without the control keys, i.e. the inputs a run works on.</summary>
    private static JsonObject InputsOf(JsonObject body, params string[] controlKeys)
    {
        var inputs = (JsonObject)body.DeepClone();
        foreach (string key in controlKeys)
        {
            inputs.Remove(key);
        }

        return inputs;
    }
}
