using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// The Interactly half of the emulator: plays scripted workflows over the real Workflows API routes.
/// The host maps these routes under its <c>/workflows</c> prefix and adds auth, faults and the journal.
/// </summary>
internal sealed class InteractlyEmulatorEngine
{
    private readonly InteractlyServices services;
    private RunFeedbackEndpoints? runFeedback;
    private WorkflowDocumentStore? workflowDocuments;
    private WebhookEndpoints? webhooks;

    public InteractlyEmulatorEngine(EmulatorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services = new InteractlyServices(context);
    }

    /// <summary>The scripts this engine can run; users register their own in code.</summary>
    public InteractlyCatalog Catalog => services.Catalog;

    /// <inheritdoc cref="InteractlyServices.BeforeTurnExecutes"/>
    internal Func<InteractlyRun, Task>? BeforeTurnExecutes
    {
        get => services.BeforeTurnExecutes;
        set => services.BeforeTurnExecutes = value;
    }

    /// <summary>Maps the routes, relative to the group the host created for the <c>/workflows</c> prefix.</summary>
    public void MapRoutes(IEndpointRouteBuilder workflowsGroup)
    {
        ArgumentNullException.ThrowIfNull(workflowsGroup);
        var execute = new ExecuteTurnEndpoint(services);
        var pump = new PumpCompanionsEndpoint(services);
        var queries = new RunQueryEndpoints(services);
        workflowsGroup.MapPost("/v1/workflows/{workflow_id}/execute", (Func<HttpContext, Task<IResult>>)execute.HandleAsync);
        workflowsGroup.MapPost("/v1/workflows/{workflow_id}/runs/{run_id}/pump-companions", (Func<HttpContext, IResult>)pump.Handle);
        workflowsGroup.MapGet("/v1/workflow-runs", (Func<HttpContext, IResult>)queries.List);
        workflowsGroup.MapGet("/v1/workflow-runs/{workflow_run_id}", (Func<HttpContext, IResult>)queries.Get);
        runFeedback = new RunFeedbackEndpoints(services);
        runFeedback.Map(workflowsGroup);
        workflowsGroup.MapPost("/v1/workflow-runs", (Func<HttpContext, Task<IResult>>)new StartOrResumeEndpoint(services, runFeedback.Detail).HandleAsync);
        workflowDocuments = new WorkflowDocumentStore(services);
        new VersionEndpoints(workflowDocuments).Map(workflowsGroup);
        webhooks = new WebhookEndpoints(services);
        webhooks.Map(workflowsGroup);
        new WorkflowEndpoints(workflowDocuments, webhooks).Map(workflowsGroup);
        RunStreamEndpoint.Map(workflowsGroup, services);
    }

    /// <summary>
    /// Registers the scripts of a scenario file's Interactly section, <c>{"workflows":[...]}</c>.
    /// All scripts are checked before any is registered, so a bad file changes nothing.
    /// </summary>
    /// <exception cref="System.IO.InvalidDataException">A script is malformed; the message names the workflow and field.</exception>
    public void LoadScenarios(JsonElement interactlySection)
    {
        foreach (InteractlyWorkflowScript script in ScriptJson.ParseSection(interactlySection))
        {
            services.Catalog.Add(script);
        }
    }

    /// <summary>The catalogue as JSON, <c>{"workflows":[...]}</c>: id, name, description, versions and a node summary per workflow.</summary>
    public JsonNode DescribeCatalog() => CatalogDescription.Describe(services.Catalog);

    /// <summary>The conversations held now, for the dashboard; read each under its <see cref="InteractlyRun.Sync"/> lock.</summary>
    internal ICollection<InteractlyRun> Runs => services.Runs.Snapshot();

    /// <summary>Forgets every run; the catalogue stays.</summary>
    public void Reset()
    {
        services.Runs.Clear();
        runFeedback?.Clear();
        workflowDocuments?.Clear();
        webhooks?.Clear();
    }
}
