namespace Octave.Interactly.Sdk.Validation;

/// <summary>
/// The checks for the bodies of the Interactly management endpoints (run feedback, start-or-resume), kept apart from
/// the turn protocol's so each group of endpoints owns its rules.
/// </summary>
internal static class InteractlyManagementBodies
{
    public static void Validate(object body)
    {
        switch (body)
        {
            case AddRunCommentRequest comment:
                Argument.NotEmpty(comment.Content, "content");
                break;
            case RateRunRequest rating:
                if (!rating.Value.IsKnown)
                {
                    throw Argument.Invalid("value", $"value must be 'up', 'down' or 'strong_up'; got '{rating.Value}'.");
                }

                break;
            case CreateWorkflowRequest create:
                Argument.NotEmpty(create.Name, "name");
                break;
            case UpdateWorkflowRequest update:
                if (update.Name is not null)
                {
                    Argument.NotEmpty(update.Name, "name");
                }

                break;
            case CloneWorkflowRequest clone:
                if (clone.CloneAllVersions == false && (clone.VersionNumbersToClone is null || clone.VersionNumbersToClone.Count == 0))
                {
                    throw Argument.Invalid("version_numbers_to_clone", "version_numbers_to_clone must name at least one version when clone_all_versions is false.");
                }

                Argument.NotNegative(clone.FallbackActiveVersion, "fallback_active_version");
                break;
            case ImportWorkflowBundleRequest import:
                Argument.NotNull(import.Bundle, "bundle");
                Argument.NotNegative(import.ActiveVersionNumber, "active_version_number");
                break;
            case WorkflowConcurrency concurrency:
                if (concurrency.MaxConcurrentRuns is not { } limit)
                {
                    throw Argument.Invalid("max_concurrent_runs", "max_concurrent_runs is required.");
                }

                Argument.InRange(limit, 1, int.MaxValue, "max_concurrent_runs");
                break;
            case CreateWorkflowVersionRequest version:
                Argument.NotNegative(version.SourceVersionNumber, "source_version_number");
                break;
            case UpdateWorkflowVersionRequest rename:
                Argument.NotEmpty(rename.VersionName, "version_name");
                break;
            case WorkflowVersionConfigRequest config:
                if (config.Config is not { ValueKind: System.Text.Json.JsonValueKind.Object })
                {
                    throw Argument.Invalid("config", "config is required and must be a JSON object.");
                }

                break;
            case CreateWebhookSubscriptionRequest create:
                Argument.NotEmpty(create.Name, "name");
                Argument.CallbackUrl(Argument.NotEmpty(create.Url, "url"), "url");
                if (create.Actions is null || create.Actions.Count == 0)
                {
                    throw Argument.Invalid("actions", "actions must name at least one event type.");
                }

                DeliverySettings(create.TimeoutSeconds, create.MaxRetries, create.RetryBackoffSeconds);
                break;
            case UpdateWebhookSubscriptionRequest update:
                if (update.Name is not null)
                {
                    Argument.NotEmpty(update.Name, "name");
                }

                Argument.CallbackUrl(update.Url, "url");
                DeliverySettings(update.TimeoutSeconds, update.MaxRetries, update.RetryBackoffSeconds);
                break;
            case WorkflowRunInput input:
                Argument.ObjectId(input.WorkflowId, "workflow_id");
                if (input.WorkflowRunId is not null)
                {
                    Argument.ObjectId(input.WorkflowRunId, "workflow_run_id");
                }

                if (input.ThreadToNodeInputs is null || !input.ThreadToNodeInputs.ContainsKey(WorkflowRunInput.MainThreadId))
                {
                    throw Argument.Invalid("thread_to_node_inputs", "thread_to_node_inputs must contain the main thread \"0\" (it may have no node inputs).");
                }

                break;
        }
    }

    /// <summary>The service's documented bounds for delivery settings.</summary>
    private static void DeliverySettings(int? timeoutSeconds, int? maxRetries, int? retryBackoffSeconds)
    {
        if (timeoutSeconds is { } timeout)
        {
            Argument.InRange(timeout, 1, 60, "timeout_seconds");
        }

        if (maxRetries is { } retries)
        {
            Argument.InRange(retries, 0, 10, "max_retries");
        }

        if (retryBackoffSeconds is { } backoff)
        {
            Argument.InRange(backoff, 1, 300, "retry_backoff_seconds");
        }
    }
}
