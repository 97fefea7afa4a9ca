using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// <c>POST /v1/workflow-runs</c>: the older, non-interactive "start or resume" (§2.4). The body is a bare run input
/// naming <c>workflow_id</c>, plus <c>workflow_run_id</c> to resume; the answer is the run record,
/// <c>{"workflow_run": ...}</c>. Runs one turn with the same script player as the execute endpoint.
/// </summary>
internal sealed class StartOrResumeEndpoint
{
    private readonly InteractlyServices services;
    private readonly Func<InteractlyRun, JsonObject> detail;

    public StartOrResumeEndpoint(InteractlyServices services, Func<InteractlyRun, JsonObject> detail)
    {
        this.services = services;
        this.detail = detail;
    }

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        string text;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        JsonObject? runInput;
        try
        {
            runInput = JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text) as JsonObject;
        }
        catch (JsonException)
        {
            return WireReplies.Validation("JSON decode error", "json_invalid", "body");
        }

        if (runInput is null)
        {
            return WireReplies.Validation("Input should be a valid dictionary or object", "model_attributes_type", "body");
        }

        string? workflowId = StringField(runInput, "workflow_id");
        string? runId = StringField(runInput, "workflow_run_id");
        if (string.IsNullOrEmpty(workflowId))
        {
            return WireReplies.Validation("Field required", "missing", "body", "workflow_id");
        }

        // The same checks as an execute turn: wrap the bare input the way the execute endpoint receives it.
        var wrapped = new JsonObject { ["run_input"] = runInput.DeepClone() };
        if (runId is not null)
        {
            wrapped["run_id"] = runId;
        }

        if (!TurnInputParser.TryParse(workflowId, http.Request.Query, wrapped.ToJsonString(), out TurnInput? input, out IResult? error))
        {
            return error;
        }

        if (!services.Catalog.TryGet(workflowId, out InteractlyWorkflowScript? script))
        {
            return WireReplies.NotFound($"Workflow {workflowId} not found");
        }

        return runId is null ? Start(script, input, runInput) : Resume(workflowId, runId, input);
    }

    private IResult Start(InteractlyWorkflowScript script, TurnInput input, JsonObject runInput)
    {
        int version = runInput["version_number"] is JsonValue number && number.TryGetValue(out int requested) && requested > 0 ? requested : script.ActiveVersion;
        if (script.Versions is not null && !script.Versions.Contains(version))
        {
            return WireReplies.NotFound($"Version {version} of workflow {script.WorkflowId} not found");
        }

        string startNodeId = input.StartNodeLogicalId ?? script.StartNode;
        ScriptNode? startNode = script.Nodes.FirstOrDefault(n => n.Id == startNodeId);
        if (startNode is null)
        {
            return WireReplies.InvalidInput($"Start node {startNodeId} does not exist in workflow {script.WorkflowId}");
        }

        var run = new InteractlyRun(services.Ids.NewObjectId(), services.Runs.NextSequence(), script, version, services.Events.UtcNow());
        JsonObject document;
        lock (run.Sync)
        {
            services.Interpreter.Start(run, input, startNode);
            document = detail(run);
        }

        services.Runs.Add(run);
        return WireReplies.Json(StatusCodes.Status200OK, document);
    }

    private IResult Resume(string workflowId, string runId, TurnInput input)
    {
        if (!services.Runs.TryBeginTurn(workflowId, runId, out InteractlyRun? run, out IResult? refusal))
        {
            return refusal;
        }

        try
        {
            lock (run.Sync)
            {
                if (run.IsTerminal)
                {
                    return WireReplies.Conflict($"Workflow run {runId} is already {run.Status}");
                }

                services.Interpreter.Continue(run, input);
                return WireReplies.Json(StatusCodes.Status200OK, detail(run));
            }
        }
        finally
        {
            run.EndTurn();
        }
    }

    private static string? StringField(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
