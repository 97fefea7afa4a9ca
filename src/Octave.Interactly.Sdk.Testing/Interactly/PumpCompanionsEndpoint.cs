using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// <c>POST /v1/workflows/{workflow_id}/runs/{run_id}/pump-companions</c>: advances background work by one
/// step. Pumping a run without background work (or a finished run) is harmless: it answers with no events.
/// </summary>
internal sealed class PumpCompanionsEndpoint
{
    private readonly InteractlyServices services;

    public PumpCompanionsEndpoint(InteractlyServices services) => this.services = services;

    public IResult Handle(HttpContext http)
    {
        string workflowId = http.Request.RouteValues["workflow_id"] as string ?? "";
        string runId = http.Request.RouteValues["run_id"] as string ?? "";
        if (!ScriptValidator.IsObjectId(workflowId))
        {
            return WireReplies.Validation("String should match pattern '^[0-9a-f]{24}$'", "value_error", "path", "workflow_id");
        }

        if (!services.Runs.TryBeginTurn(workflowId, runId, out InteractlyRun? run, out IResult? refusal))
        {
            return refusal;
        }

        try
        {
            lock (run.Sync)
            {
                var events = services.Interpreter.Pump(run);
                return WireReplies.Json(StatusCodes.Status200OK, RunDocuments.InteractiveResponse(run, events));
            }
        }
        finally
        {
            run.EndTurn();
        }
    }
}
