using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

public sealed partial class OctaveClient
{
    /// <summary>Starts a workflow run (<c>POST /api/v2/workflows/run</c>).</summary>
    /// <param name="workflowOId">The workflow, e.g. <c>caw_…</c>.</param>
    /// <param name="inputs">The entry node's inputs, sent as top-level keys.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="cancellationToken">Cancels the start request.</param>
    /// <returns>The run's handle.</returns>
    /// <exception cref="ArgumentException">An argument is invalid; checked before any request.</exception>
    /// <exception cref="WorkflowOutcomeUnknownException">The start request was sent but its answer was lost; it is not re-sent.</exception>
    public Task<WorkflowRun> StartWorkflowAsync(
        string workflowOId, IReadOnlyDictionary<string, JsonElement>? inputs = null, StartRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new RunWorkflowRequest(Argument.NotEmpty(workflowOId, nameof(workflowOId)));
        if (inputs is not null)
        {
            foreach (var input in inputs)
            {
                request.Inputs[input.Key] = input.Value;
            }
        }

        return StartWorkflowCoreAsync(request, options, cancellationToken);
    }

    /// <summary>Starts a workflow run whose entry node takes a typed agent's inputs (e.g. <see cref="EnrichPersonRequest"/>).</summary>
    /// <param name="workflowOId">The workflow, e.g. <c>caw_…</c>.</param>
    /// <param name="entryInputs">The entry node's inputs; agent-only fields (<c>agentOId</c>) are not sent.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="cancellationToken">Cancels the start request.</param>
    /// <returns>The run's handle.</returns>
    public Task<WorkflowRun> StartWorkflowAsync(
        string workflowOId, OctaveAgentRequest entryInputs, StartRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new RunWorkflowRequest(Argument.NotEmpty(workflowOId, nameof(workflowOId)))
            .SetInputs(Argument.NotNull(entryInputs, nameof(entryInputs)));
        return StartWorkflowCoreAsync(request, options, cancellationToken);
    }

    /// <summary>Starts a workflow run from a full request. The request object is not modified.</summary>
    /// <param name="request">The workflow, its inputs and optionally its callback URL.</param>
    /// <param name="options">Per-call settings; its callback URL wins over the request's.</param>
    /// <param name="cancellationToken">Cancels the start request.</param>
    /// <returns>The run's handle.</returns>
    public Task<WorkflowRun> StartWorkflowAsync(RunWorkflowRequest request, StartRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        var copy = new RunWorkflowRequest(Argument.NotEmpty(request.WorkflowOId, "workflowOId")) { CallbackUrl = request.CallbackUrl };
        foreach (var input in Argument.NotNull(request.Inputs, "inputs"))
        {
            copy.Inputs[input.Key] = input.Value;
        }

        return StartWorkflowCoreAsync(copy, options, cancellationToken);
    }

    /// <summary>Starts a workflow run and waits for it to end: <see cref="StartWorkflowAsync(string, IReadOnlyDictionary{string, JsonElement}?, StartRunOptions?, CancellationToken)"/> then <see cref="WorkflowRun.WaitForCompletionAsync"/>.</summary>
    /// <param name="workflowOId">The workflow, e.g. <c>caw_…</c>.</param>
    /// <param name="inputs">The entry node's inputs.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="polling">This wait's polling settings; null uses the client's.</param>
    /// <param name="cancellationToken">Cancels the start, or ends the wait (the run goes on).</param>
    /// <returns>How the run ended; a failed run is returned, not thrown.</returns>
    /// <exception cref="OctaveRunTimeoutException">The polling deadline passed first; it carries the run id.</exception>
    public async Task<WorkflowRunResult> RunWorkflowAsync(
        string workflowOId, IReadOnlyDictionary<string, JsonElement>? inputs = null, StartRunOptions? options = null, PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        polling?.Validate();
        var run = await StartWorkflowAsync(workflowOId, inputs, options, cancellationToken).ConfigureAwait(false);
        return await run.WaitForCompletionAsync(polling, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a workflow run with typed entry-node inputs and waits for it to end.</summary>
    /// <param name="workflowOId">The workflow, e.g. <c>caw_…</c>.</param>
    /// <param name="entryInputs">The entry node's inputs.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="polling">This wait's polling settings; null uses the client's.</param>
    /// <param name="cancellationToken">Cancels the start, or ends the wait (the run goes on).</param>
    /// <returns>How the run ended.</returns>
    public async Task<WorkflowRunResult> RunWorkflowAsync(
        string workflowOId, OctaveAgentRequest entryInputs, StartRunOptions? options = null, PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        polling?.Validate();
        var run = await StartWorkflowAsync(workflowOId, entryInputs, options, cancellationToken).ConfigureAwait(false);
        return await run.WaitForCompletionAsync(polling, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a workflow run from a full request and waits for it to end.</summary>
    /// <param name="request">The workflow, its inputs and optionally its callback URL.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="polling">This wait's polling settings; null uses the client's.</param>
    /// <param name="cancellationToken">Cancels the start, or ends the wait (the run goes on).</param>
    /// <returns>How the run ended.</returns>
    public async Task<WorkflowRunResult> RunWorkflowAsync(
        RunWorkflowRequest request, StartRunOptions? options = null, PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        polling?.Validate();
        var run = await StartWorkflowAsync(request, options, cancellationToken).ConfigureAwait(false);
        return await run.WaitForCompletionAsync(polling, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WorkflowRun> StartWorkflowCoreAsync(RunWorkflowRequest request, StartRunOptions? options, CancellationToken cancellationToken)
    {
        request.CallbackUrl = CallbackUrlFor(options, request.CallbackUrl);
        var accepted = await Api.RunWorkflowAsync(request, RequestOptions(options), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(accepted.JobOId))
        {
            throw new InvalidOperationException("Octave accepted the workflow run but its answer carried no jobOId (nor workflowRunOId), so the run cannot be tracked.");
        }

        RunTelemetry.Started(OctaveRunKind.Workflow);
        return new WorkflowRun(this, accepted.JobOId!, InitialState(accepted.Status), pollBeforeFirstDelay: false);
    }
}
