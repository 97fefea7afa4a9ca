using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>Workflow runs: <c>POST /api/v2/workflows/run</c> and <c>GET /api/v2/workflows/run/status</c>.</summary>
internal sealed partial class OctaveEmulatorEngine
{
    private async Task StartWorkflowAsync(HttpContext http)
    {
        var body = await EmulatorHttp.ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, "Request body must be a JSON object").ConfigureAwait(false);
            return;
        }

        string? workflowOId = OctaveAgentOutputs.Text(body, "workflowOId");
        if (workflowOId is null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, "workflowOId is required", "Validation failed: workflowOId").ConfigureAwait(false);
            return;
        }

        var (callbackUrl, callbackError) = OptionalCallbackUrl(body);
        if (callbackError is not null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, callbackError, "Validation failed: callbackUrl").ConfigureAwait(false);
            return;
        }

        var scenario = catalog.FindWorkflow(workflowOId);
        if (scenario is null)
        {
            await OctaveResponses.ErrorAsync(http, context, 404, "Workflow " + workflowOId + " not found").ConfigureAwait(false);
            return;
        }

        var (pending, running) = Durations(scenario.PendingMilliseconds, scenario.RunningMilliseconds);
        var run = new WorkflowRunRecord
        {
            JobOId = context.NewId("bsjob_"),
            Scenario = scenario,
            Inputs = InputsOf(body, "workflowOId", "callbackUrl"),
            CallbackUrl = callbackUrl,
            CreatedAt = context.TimeProvider.GetUtcNow(),
            Pending = pending,
            Running = running,
        };
        runs.Add(run);
        if (callbackUrl is not null)
        {
            callbacks.Schedule(run.JobOId, callbackUrl, run.CompletedAt, run.CallbackPayload);
        }

        await EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["jobOId"] = run.JobOId,
            ["status"] = "pending",
            ["message"] = "Workflow execution started successfully",
        }).ConfigureAwait(false);
    }

    private Task GetWorkflowStatusAsync(HttpContext http)
    {
        string? jobOId = QueryValue(http, "jobOId") ?? QueryValue(http, "workflowRunOId");
        if (jobOId is null)
        {
            return OctaveResponses.ErrorAsync(http, context, 400, "jobOId is required", "Validation failed: jobOId");
        }

        var run = runs.FindWorkflowRun(jobOId);
        if (run is null)
        {
            return OctaveResponses.ErrorAsync(http, context, 404, "Workflow run " + jobOId + " not found");
        }

        return EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context),
            ["data"] = WorkflowRunProgress.Describe(run, context.TimeProvider.GetUtcNow()),
        });
    }

    private static string? QueryValue(HttpContext http, string name)
    {
        string? value = http.Request.Query[name];
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>A callbackUrl that is absent is fine; one that is present must be an absolute http(s) URL.</summary>
    private static (System.Uri? Url, string? Error) OptionalCallbackUrl(JsonObject body)
    {
        if (body["callbackUrl"] is null)
        {
            return (null, null);
        }

        var url = EmulatorHttp.ParseHttpUrl(OctaveAgentOutputs.Text(body, "callbackUrl"));
        return url is null ? (null, "callbackUrl must be an absolute http or https URL") : (url, null);
    }
}
