using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary><c>POST /v1/workflows/{workflow_id}/execute</c>: one interactive turn (§2.2).</summary>
internal sealed class ExecuteTurnEndpoint
{
    private readonly InteractlyServices services;

    public ExecuteTurnEndpoint(InteractlyServices services) => this.services = services;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        string workflowId = http.Request.RouteValues["workflow_id"] as string ?? "";
        string body;
        // leaveOpen: the host's request journal may read the body again after this endpoint.
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        if (!TurnInputParser.TryParse(workflowId, http.Request.Query, body, out TurnInput? input, out IResult? error))
        {
            return error;
        }

        if (!services.Catalog.TryGet(workflowId, out InteractlyWorkflowScript? script))
        {
            return WireReplies.NotFound($"Workflow {workflowId} not found");
        }

        return input.RunId is null
            ? StartRun(script, input)
            : await ContinueRunAsync(workflowId, input.RunId, input).ConfigureAwait(false);
    }

    private IResult StartRun(InteractlyWorkflowScript script, TurnInput input)
    {
        if (input.Command != "start")
        {
            return WireReplies.InvalidInput($"The first turn of a run must use command 'start', not '{input.Command}'");
        }

        int version = input.Version ?? script.ActiveVersion;
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

        var run = new InteractlyRun(
            services.Ids.NewObjectId(), services.Runs.NextSequence(), script, version, services.Events.UtcNow());
        JsonObject response;
        lock (run.Sync)
        {
            var events = services.Interpreter.Start(run, input, startNode);
            response = RunDocuments.InteractiveResponse(run, events);
        }

        // Published only once turn 1 is done, so no one can see (or send to) a half-started run.
        services.Runs.Add(run);
        return WireReplies.Json(StatusCodes.Status200OK, response);
    }

    private async Task<IResult> ContinueRunAsync(string workflowId, string runId, TurnInput input)
    {
        if (!services.Runs.TryBeginTurn(workflowId, runId, out InteractlyRun? run, out IResult? refusal))
        {
            return refusal;
        }

        try
        {
            if (services.BeforeTurnExecutes is { } hook)
            {
                await hook(run).ConfigureAwait(false);
            }

            lock (run.Sync)
            {
                if (run.IsTerminal)
                {
                    return WireReplies.Conflict($"Workflow run {runId} is already {run.Status}");
                }

                if (run.Status == InteractlyRunStatus.Paused && input.Command is "data" or "start")
                {
                    return WireReplies.Conflict($"Workflow run {runId} is paused; send command 'resume' first");
                }

                var events = services.Interpreter.Continue(run, input);
                return WireReplies.Json(StatusCodes.Status200OK, RunDocuments.InteractiveResponse(run, events));
            }
        }
        finally
        {
            run.EndTurn();
        }
    }
}
