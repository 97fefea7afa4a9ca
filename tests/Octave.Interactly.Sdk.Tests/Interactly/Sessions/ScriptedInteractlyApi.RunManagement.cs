using System;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Sessions;

/// <summary>The run- and workflow-management endpoints, which sessions never call: each throws if a session test reaches it.</summary>
public sealed partial class ScriptedInteractlyApi
{
    public Task DeleteRunAsync(string workflowRunId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowRunSchemas> GetRunSchemaAsync(WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowRunEvaluationResult> GetEvaluationResultAsync(string workflowRunId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<RunFeedbackResponse> AddRunCommentAsync(string workflowRunId, AddRunCommentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteRunCommentAsync(string workflowRunId, string commentLogicalId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<RunFeedbackResponse> AddTurnCommentAsync(string workflowRunId, int turnIndex, AddRunCommentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteTurnCommentAsync(string workflowRunId, int turnIndex, string commentLogicalId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<RunFeedbackResponse> AddEventCommentAsync(string workflowRunId, string eventId, AddRunCommentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteEventCommentAsync(string workflowRunId, string eventId, string commentLogicalId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<RunFeedbackResponse> RateTurnAsync(string workflowRunId, int turnIndex, RateRunRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteTurnRatingAsync(string workflowRunId, int turnIndex, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<RunFeedbackResponse> RateEventAsync(string workflowRunId, string eventId, RateRunRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteEventRatingAsync(string workflowRunId, string eventId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowRunRecordResponse> StartOrResumeRunAsync(WorkflowRunInput input, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowList> ListWorkflowsAsync(ListWorkflowsRequest? request = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowResponse> GetWorkflowAsync(string workflowId, bool? fullyHydrate = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowResponse> CreateWorkflowAsync(CreateWorkflowRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowResponse> UpdateWorkflowAsync(string workflowId, UpdateWorkflowRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteWorkflowAsync(string workflowId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowResponse> CloneWorkflowAsync(string workflowId, CloneWorkflowRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowBundle> ExportWorkflowAsync(string workflowId, ExportWorkflowRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowResponse> ImportWorkflowBundleAsync(ImportWorkflowBundleRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowConcurrency> SetMaxConcurrentRunsAsync(string workflowId, WorkflowConcurrency request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowDynamicVariables> GetDynamicVariablesAsync(string workflowId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowVersionResponse> CreateVersionAsync(string workflowId, CreateWorkflowVersionRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowVersionList> ListVersionsAsync(string workflowId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowVersionResponse> UpdateVersionAsync(string workflowId, int versionNumber, UpdateWorkflowVersionRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteVersionAsync(string workflowId, int versionNumber, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowResponse> ActivateVersionAsync(string workflowId, int versionNumber, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowVersionResponse> UpdateVersionConfigAsync(string workflowId, int versionNumber, WorkflowVersionConfigRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowVersionDiff> DiffVersionsAsync(string workflowId, int version1, int version2, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowVersionList> ListActiveVersionsAsync(ListActiveVersionsRequest? request = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WebhookSubscription> CreateWebhookAsync(CreateWebhookSubscriptionRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WebhookSubscriptionList> ListWebhooksAsync(int? page = null, int? size = null, string? search = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WebhookSubscription> UpdateWebhookAsync(string webhookId, UpdateWebhookSubscriptionRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteWebhookAsync(string webhookId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WebhookEventList> ListWebhookEventsAsync(ListWebhookEventsRequest? request = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WebhookDeliveryAttemptList> ListWebhookDeliveryAttemptsAsync(string eventId, int? page = null, int? size = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WebhookRetryResult> RetryWebhookEventAsync(string eventId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
