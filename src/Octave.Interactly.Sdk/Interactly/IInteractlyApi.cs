using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Http;
using Refit;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The Interactly Workflows v1 endpoints, one method per endpoint: a Refit interface whose implementation Refit's source
/// generator writes at build time (get one from <c>AddWorkflowClients</c> or <see cref="InteractlyApi.Create"/>).
/// Arguments are checked while the request is built, before any I/O
/// (<see cref="System.ArgumentException"/> naming the field); a non-success answer throws
/// <see cref="WorkflowApiException"/>; a turn whose answer was lost throws <see cref="WorkflowOutcomeUnknownException"/>.
/// For conversations, <see cref="InteractlyClient"/> drives these calls for you.
/// </summary>
public interface IInteractlyApi
{
    /// <summary>Runs one interactive turn: <c>POST /v1/workflows/{workflow_id}/execute</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="request">The turn's input; <c>run_id</c> omitted on turn 1.</param>
    /// <param name="version">The workflow version, sent as the <c>version</c> query parameter; honoured on turn 1 only.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The turn's result.</returns>
    [Post("/v1/workflows/{workflow_id}/execute")]
    Task<InteractiveRunResponse> ExecuteAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Body] ExecuteWorkflowRequest request,
        [Query, AliasAs("version")] int? version = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Advances background work (companion threads, waiting-condition edges) without a user turn:
    /// <c>POST /v1/workflows/{workflow_id}/runs/{run_id}/pump-companions</c>.
    /// </summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run's state after the pump, with any events it produced.</returns>
    [Post("/v1/workflows/{workflow_id}/runs/{run_id}/pump-companions")]
    Task<InteractiveRunResponse> PumpCompanionsAsync(
        [AliasAs("workflow_id")] string workflowId,
        [AliasAs("run_id")] string runId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists runs: <c>GET /v1/workflow-runs</c>.</summary>
    /// <param name="request">Paging and filters; null for the server's defaults.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of runs.</returns>
    [Get("/v1/workflow-runs")]
    Task<WorkflowRunList> ListRunsAsync(
        [Query, QueryConverter(typeof(ListWorkflowRunsQuery))] ListWorkflowRunsRequest? request = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads one run in full: <c>GET /v1/workflow-runs/{workflow_run_id}</c>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored run record.</returns>
    [Get("/v1/workflow-runs/{workflow_run_id}")]
    Task<WorkflowRunRecordResponse> GetRunAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a single-use token for the streaming endpoint (<c>?token=</c>) from the gateway: <c>GET /v1/session</c>,
    /// token in <c>data.id</c>. Only needed where a gateway requires it; <see cref="InteractlyRunStreamClient"/> calls
    /// it when <see cref="InteractlyStreamOptions.UseSessionToken"/> is set.
    /// </summary>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session, whose id is the token.</returns>
    [Get("/v1/session")]
    Task<StreamSessionResponse> CreateStreamSessionAsync(
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);
}
