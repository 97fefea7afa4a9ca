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

    /// <summary>Deletes a run record: <c>DELETE /v1/workflow-runs/{workflow_run_id}</c>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflow-runs/{workflow_run_id}")]
    Task DeleteRunAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads the JSON Schemas of the run documents: <c>GET /v1/workflow-runs/schema</c>.</summary>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schemas of a run, a run input, a run output and an input/output pair.</returns>
    [Get("/v1/workflow-runs/schema")]
    Task<WorkflowRunSchemas> GetRunSchemaAsync(
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads the evaluation of a finished run: <c>GET /v1/workflow-runs/{workflow_run_id}/evaluation-result</c>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The evaluation result.</returns>
    [Get("/v1/workflow-runs/{workflow_run_id}/evaluation-result")]
    Task<WorkflowRunEvaluationResult> GetEvaluationResultAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a comment to a run: <c>POST …/{workflow_run_id}/comments</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="request">The comment; <c>content</c> must not be blank.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer, usually the run document; <see cref="RunFeedbackResponse.FindNewestComment"/> reads the new comment.</returns>
    [Post("/v1/workflow-runs/{workflow_run_id}/comments")]
    Task<RunFeedbackResponse> AddRunCommentAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [Body] AddRunCommentRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a comment from a run: <c>DELETE …/{workflow_run_id}/comments/{comment_logical_id}</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="commentLogicalId">The comment's logical id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflow-runs/{workflow_run_id}/comments/{comment_logical_id}")]
    Task DeleteRunCommentAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("comment_logical_id")] string commentLogicalId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a comment to a turn: <c>POST …/{workflow_run_id}/turns/{turn_index}/comments</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="turnIndex">The 0-based index of the turn in the run's <c>input_output_pairs</c>.</param>
    /// <param name="request">The comment; <c>content</c> must not be blank.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer, usually the run document; <see cref="RunFeedbackResponse.FindNewestComment"/> reads the new comment.</returns>
    [Post("/v1/workflow-runs/{workflow_run_id}/turns/{turn_index}/comments")]
    Task<RunFeedbackResponse> AddTurnCommentAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("turn_index")] int turnIndex,
        [Body] AddRunCommentRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a comment from a turn: <c>DELETE …/turns/{turn_index}/comments/{comment_logical_id}</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="turnIndex">The 0-based index of the turn in the run's <c>input_output_pairs</c>.</param>
    /// <param name="commentLogicalId">The comment's logical id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflow-runs/{workflow_run_id}/turns/{turn_index}/comments/{comment_logical_id}")]
    Task DeleteTurnCommentAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("turn_index")] int turnIndex,
        [AliasAs("comment_logical_id")] string commentLogicalId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a comment to an event: <c>POST …/{workflow_run_id}/events/{event_id}/comments</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="eventId">The event's logical id (<c>event_…</c>).</param>
    /// <param name="request">The comment; <c>content</c> must not be blank.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer, usually the run document; <see cref="RunFeedbackResponse.FindNewestComment"/> reads the new comment.</returns>
    [Post("/v1/workflow-runs/{workflow_run_id}/events/{event_id}/comments")]
    Task<RunFeedbackResponse> AddEventCommentAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("event_id")] string eventId,
        [Body] AddRunCommentRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a comment from an event: <c>DELETE …/events/{event_id}/comments/{comment_logical_id}</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="eventId">The event's logical id (<c>event_…</c>).</param>
    /// <param name="commentLogicalId">The comment's logical id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflow-runs/{workflow_run_id}/events/{event_id}/comments/{comment_logical_id}")]
    Task DeleteEventCommentAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("event_id")] string eventId,
        [AliasAs("comment_logical_id")] string commentLogicalId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Rates a turn: <c>PUT …/{workflow_run_id}/turns/{turn_index}/rating</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="turnIndex">The 0-based index of the turn in the run's <c>input_output_pairs</c>.</param>
    /// <param name="request">The rating: <c>up</c>, <c>down</c> or <c>strong_up</c>.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer, usually the run document with the rating.</returns>
    [Put("/v1/workflow-runs/{workflow_run_id}/turns/{turn_index}/rating")]
    Task<RunFeedbackResponse> RateTurnAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("turn_index")] int turnIndex,
        [Body] RateRunRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Removes a turn's rating: <c>DELETE …/{workflow_run_id}/turns/{turn_index}/rating</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="turnIndex">The 0-based index of the turn in the run's <c>input_output_pairs</c>.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflow-runs/{workflow_run_id}/turns/{turn_index}/rating")]
    Task DeleteTurnRatingAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("turn_index")] int turnIndex,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Rates an event: <c>PUT …/{workflow_run_id}/events/{event_id}/rating</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="eventId">The event's logical id (<c>event_…</c>).</param>
    /// <param name="request">The rating: <c>up</c>, <c>down</c> or <c>strong_up</c>.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's answer, usually the run document with the rating.</returns>
    [Put("/v1/workflow-runs/{workflow_run_id}/events/{event_id}/rating")]
    Task<RunFeedbackResponse> RateEventAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("event_id")] string eventId,
        [Body] RateRunRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Removes an event's rating: <c>DELETE …/{workflow_run_id}/events/{event_id}/rating</c>. A run still in progress answers 409: <see cref="RunInProgressException"/>.</summary>
    /// <param name="workflowRunId">The run's id.</param>
    /// <param name="eventId">The event's logical id (<c>event_…</c>).</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflow-runs/{workflow_run_id}/events/{event_id}/rating")]
    Task DeleteEventRatingAsync(
        [AliasAs("workflow_run_id")] string workflowRunId,
        [AliasAs("event_id")] string eventId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts or resumes a run through the older, non-interactive entry point: <c>POST /v1/workflow-runs</c>. The body is
    /// a bare run input naming <c>workflow_id</c> (and <c>workflow_run_id</c> to resume). Starts work: never re-sent
    /// blindly, and a lost answer throws <see cref="WorkflowOutcomeUnknownException"/>.
    /// </summary>
    /// <param name="input">The run input; <c>workflow_id</c> is required and <c>thread_to_node_inputs</c> must hold thread <c>"0"</c>.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run record after the call.</returns>
    [Post("/v1/workflow-runs")]
    Task<WorkflowRunRecordResponse> StartOrResumeRunAsync(
        [Body] WorkflowRunInput input,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists workflows, one page: <c>GET /v1/workflows</c>. <see cref="InteractlyClient.ListWorkflowsAsync"/> walks every page.</summary>
    /// <param name="request">Paging and search; null for the service's defaults.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of workflows.</returns>
    [Get("/v1/workflows")]
    Task<WorkflowList> ListWorkflowsAsync(
        [Query, QueryConverter(typeof(ListWorkflowsQuery))] ListWorkflowsRequest? request = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads a workflow: <c>GET /v1/workflows/{workflow_id}</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="fullyHydrate">True to inline node and edge configs into <c>workflow_config</c> (<c>fully_hydrate=true</c>).</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow and its execution URL.</returns>
    [Get("/v1/workflows/{workflow_id}")]
    Task<WorkflowResponse> GetWorkflowAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Query, AliasAs("fully_hydrate")] bool? fullyHydrate = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates a workflow: <c>POST /v1/workflows</c>.</summary>
    /// <param name="request">The name (required), description and optional config.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created workflow.</returns>
    [Post("/v1/workflows")]
    Task<WorkflowResponse> CreateWorkflowAsync(
        [Body] CreateWorkflowRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Renames or re-describes a workflow: <c>PATCH /v1/workflows/{workflow_id}</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="request">The fields to change; null fields are left unchanged.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated workflow.</returns>
    [Patch("/v1/workflows/{workflow_id}")]
    Task<WorkflowResponse> UpdateWorkflowAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Body] UpdateWorkflowRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a workflow and all its versions: <c>DELETE /v1/workflows/{workflow_id}</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflows/{workflow_id}")]
    Task DeleteWorkflowAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Copies a workflow: <c>POST /v1/workflows/{workflow_id}/clone</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="request">The copy's name and which versions to copy.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new workflow.</returns>
    [Post("/v1/workflows/{workflow_id}/clone")]
    Task<WorkflowResponse> CloneWorkflowAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Body] CloneWorkflowRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Exports a workflow as a portable bundle: <c>GET /v1/workflows/{workflow_id}/export</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="request">The versions to include and which one is active.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The bundle, ready for <see cref="ImportWorkflowBundleAsync"/>.</returns>
    [Get("/v1/workflows/{workflow_id}/export")]
    Task<WorkflowBundle> ExportWorkflowAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Query, QueryConverter(typeof(ExportWorkflowQuery))] ExportWorkflowRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Imports an exported bundle as a new workflow: <c>POST /v1/workflows/import/bundle</c>.</summary>
    /// <param name="request">The bundle and what to take from it.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The imported workflow.</returns>
    [Post("/v1/workflows/import/bundle")]
    Task<WorkflowResponse> ImportWorkflowBundleAsync(
        [Body] ImportWorkflowBundleRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Sets the most runs a workflow may have at once: <c>PATCH /v1/workflows/{workflow_id}/concurrency</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="request">The limit in <c>max_concurrent_runs</c>; at least 1.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's confirmation.</returns>
    [Patch("/v1/workflows/{workflow_id}/concurrency")]
    Task<WorkflowConcurrency> SetMaxConcurrentRunsAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Body] WorkflowConcurrency request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists the <c>{{…}}</c> variables a workflow expects: <c>GET /v1/workflows/dynamic-variables/{workflow_id}</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The variables; <see cref="WorkflowDynamicVariables.GetNames"/> reads their names.</returns>
    [Get("/v1/workflows/dynamic-variables/{workflow_id}")]
    Task<WorkflowDynamicVariables> GetDynamicVariablesAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates a version by copying another: <c>POST /v1/workflows/{workflow_id}/versions</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="request">The label, the source version and whether to activate it.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new version.</returns>
    [Post("/v1/workflows/{workflow_id}/versions")]
    Task<WorkflowVersionResponse> CreateVersionAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Body] CreateWorkflowVersionRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists every version of a workflow (not paged): <c>GET /v1/workflows/{workflow_id}/versions</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The versions.</returns>
    [Get("/v1/workflows/{workflow_id}/versions")]
    Task<WorkflowVersionList> ListVersionsAsync(
        [AliasAs("workflow_id")] string workflowId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Renames a version: <c>PATCH /v1/workflows/{workflow_id}/versions/{version_number}</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="versionNumber">The version number; 0 or greater.</param>
    /// <param name="request">The new label.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version.</returns>
    [Patch("/v1/workflows/{workflow_id}/versions/{version_number}")]
    Task<WorkflowVersionResponse> UpdateVersionAsync(
        [AliasAs("workflow_id")] string workflowId,
        [AliasAs("version_number")] int versionNumber,
        [Body] UpdateWorkflowVersionRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a version: <c>DELETE /v1/workflows/{workflow_id}/versions/{version_number}</c>. The active version cannot be deleted.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="versionNumber">The version number; 0 or greater.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflows/{workflow_id}/versions/{version_number}")]
    Task DeleteVersionAsync(
        [AliasAs("workflow_id")] string workflowId,
        [AliasAs("version_number")] int versionNumber,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Makes a version the active one: <c>POST /v1/workflows/{workflow_id}/versions/{version_number}/activate</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="versionNumber">The version number; 0 or greater.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The workflow, whose <c>active_version_number</c> is now this version.</returns>
    [Post("/v1/workflows/{workflow_id}/versions/{version_number}/activate")]
    Task<WorkflowResponse> ActivateVersionAsync(
        [AliasAs("workflow_id")] string workflowId,
        [AliasAs("version_number")] int versionNumber,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Replaces a version's graph (nodes and edges): <c>PATCH /v1/workflows/{workflow_id}/versions/{version_number}/config</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="versionNumber">The version number; 0 or greater.</param>
    /// <param name="request">The new configuration.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version.</returns>
    [Patch("/v1/workflows/{workflow_id}/versions/{version_number}/config")]
    Task<WorkflowVersionResponse> UpdateVersionConfigAsync(
        [AliasAs("workflow_id")] string workflowId,
        [AliasAs("version_number")] int versionNumber,
        [Body] WorkflowVersionConfigRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Compares two versions: <c>GET /v1/workflows/{workflow_id}/versions/{version1}/diff/{version2}</c>.</summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="version1">The first (usually older) version.</param>
    /// <param name="version2">The second (usually newer) version.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The differences from <paramref name="version1"/> to <paramref name="version2"/>.</returns>
    [Get("/v1/workflows/{workflow_id}/versions/{version1}/diff/{version2}")]
    Task<WorkflowVersionDiff> DiffVersionsAsync(
        [AliasAs("workflow_id")] string workflowId,
        [AliasAs("version1")] int version1,
        [AliasAs("version2")] int version2,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists the active version of every workflow the key can see, one page: <c>GET /v1/workflows/versions/active</c>.</summary>
    /// <param name="request">Paging; null for the service's defaults.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of active versions, each naming its <c>workflow_id</c>.</returns>
    [Get("/v1/workflows/versions/active")]
    Task<WorkflowVersionList> ListActiveVersionsAsync(
        [Query, QueryConverter(typeof(ListActiveVersionsQuery))] ListActiveVersionsRequest? request = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates an outbound webhook subscription: <c>POST /v1/workflow-webhooks</c>.</summary>
    /// <param name="request">The name, URL, actions and delivery settings.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription.</returns>
    [Post("/v1/workflow-webhooks")]
    Task<WebhookSubscription> CreateWebhookAsync(
        [Body] CreateWebhookSubscriptionRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists webhook subscriptions, one page: <c>GET /v1/workflow-webhooks</c>. The service has no single-item read.</summary>
    /// <param name="page">The 1-based page number; null for the service's default.</param>
    /// <param name="size">Items per page; null for the service's default.</param>
    /// <param name="search">A filter on name or URL; null for all.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of subscriptions.</returns>
    [Get("/v1/workflow-webhooks")]
    Task<WebhookSubscriptionList> ListWebhooksAsync(
        [Query, AliasAs("page")] int? page = null,
        [Query, AliasAs("size")] int? size = null,
        [Query, AliasAs("search")] string? search = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Changes a subscription: <c>PATCH /v1/workflow-webhooks/{webhook_id}</c>.</summary>
    /// <param name="webhookId">The subscription's id.</param>
    /// <param name="request">The fields to change; null fields are left unchanged.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription.</returns>
    [Patch("/v1/workflow-webhooks/{webhook_id}")]
    Task<WebhookSubscription> UpdateWebhookAsync(
        [AliasAs("webhook_id")] string webhookId,
        [Body] UpdateWebhookSubscriptionRequest request,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a subscription: <c>DELETE /v1/workflow-webhooks/{webhook_id}</c>.</summary>
    /// <param name="webhookId">The subscription's id.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/v1/workflow-webhooks/{webhook_id}")]
    Task DeleteWebhookAsync(
        [AliasAs("webhook_id")] string webhookId,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists webhook events, newest first, one page: <c>GET /v1/workflow-webhooks/events</c>.</summary>
    /// <param name="request">Paging and filters; null for all.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of events.</returns>
    [Get("/v1/workflow-webhooks/events")]
    Task<WebhookEventList> ListWebhookEventsAsync(
        [Query, QueryConverter(typeof(ListWebhookEventsQuery))] ListWebhookEventsRequest? request = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Lists the delivery attempts of an event, newest first: <c>GET /v1/workflow-webhooks/events/{event_id}/attempts</c>.</summary>
    /// <param name="eventId">The event's external id (<see cref="WebhookEvent.EventId"/>).</param>
    /// <param name="page">The 1-based page number; null for the service's default.</param>
    /// <param name="size">Items per page; null for the service's default.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of attempts.</returns>
    [Get("/v1/workflow-webhooks/events/{event_id}/attempts")]
    Task<WebhookDeliveryAttemptList> ListWebhookDeliveryAttemptsAsync(
        [AliasAs("event_id")] string eventId,
        [Query, AliasAs("page")] int? page = null,
        [Query, AliasAs("size")] int? size = null,
        [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Re-dispatches a failed or pending event now: <c>POST /v1/workflow-webhooks/events/{event_id}/retry</c>.</summary>
    /// <param name="eventId">The event document's id (<see cref="WebhookEvent.Id"/>).</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's confirmation.</returns>
    [Post("/v1/workflow-webhooks/events/{event_id}/retry")]
    Task<WebhookRetryResult> RetryWebhookEventAsync(
        [AliasAs("event_id")] string eventId,
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
