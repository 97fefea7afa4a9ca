using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Async agent runs and email generation: <c>POST /api/v2/async/agent/run</c>,
/// <c>POST /api/v2/async/headless/generate-emails</c>, both polled through <c>GET /api/v2/async/agent/run/status</c>.
/// </summary>
internal sealed partial class OctaveEmulatorEngine
{
    /// <summary>The agent id reported for headless email generation, which names no agent of its own.</summary>
    internal const string HeadlessEmailsAgentOId = "ca_headless_emails";

    private async Task StartAgentAsync(HttpContext http)
    {
        var body = await EmulatorHttp.ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, "Request body must be a JSON object").ConfigureAwait(false);
            return;
        }

        string? agentOId = OctaveAgentOutputs.Text(body, "agentOId");
        string? error = agentOId is null ? "agentOId is required" : RequiredCallbackUrlError(body);
        if (error is not null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, error, "Validation failed").ConfigureAwait(false);
            return;
        }

        var scenario = catalog.FindAgent(agentOId!);
        if (scenario is null)
        {
            await OctaveResponses.ErrorAsync(http, context, 404, "Agent " + agentOId + " not found").ConfigureAwait(false);
            return;
        }

        var inputs = InputsOf(body, "agentOId", "callbackUrl");
        var (pending, running) = Durations(scenario.PendingMilliseconds, scenario.RunningMilliseconds);
        var run = StartAgentRun(agentOId!, body, pending + running, scenario.Error is null ? AgentOutput(scenario, inputs) : null, scenario.Error);
        await WriteAsyncAcceptedAsync(http, run, "Agent run started").ConfigureAwait(false);
    }

    private async Task StartEmailGenerationAsync(HttpContext http)
    {
        var body = await EmulatorHttp.ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, "Request body must be a JSON object").ConfigureAwait(false);
            return;
        }

        string? error = RequiredCallbackUrlError(body) ?? EmailRequestValidation.FirstError(body);
        if (error is not null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, error, "Validation failed").ConfigureAwait(false);
            return;
        }

        int steps = (int)body["sequence"]!["steps"]!.GetValue<double>();
        var (pending, running) = Durations(null, null);
        var output = OctaveAgentOutputs.Sequence(InputsOf(body, "callbackUrl"), steps);
        var run = StartAgentRun(HeadlessEmailsAgentOId, body, pending + running, output, null);
        await WriteAsyncAcceptedAsync(http, run, "Email generation started").ConfigureAwait(false);
    }

    private Task GetAgentStatusAsync(HttpContext http)
    {
        string? requestId = QueryValue(http, "requestId") ?? QueryValue(http, "agentRunOId");
        if (requestId is null)
        {
            return OctaveResponses.ErrorAsync(http, context, 400, "requestId is required", "Validation failed: requestId");
        }

        var run = runs.FindAgentRun(requestId);
        if (run is null)
        {
            return OctaveResponses.ErrorAsync(http, context, 404, "Agent run " + requestId + " not found");
        }

        return EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context),
            ["data"] = run.StatusData(context.TimeProvider.GetUtcNow()),
        });
    }

    private AgentRunRecord StartAgentRun(string agentOId, JsonObject body, System.TimeSpan duration, JsonNode? output, string? error)
    {
        var run = new AgentRunRecord
        {
            RequestId = context.NewId("asyncReqID_"),
            AgentOId = agentOId,
            Inputs = InputsOf(body, "agentOId", "callbackUrl"),
            CallbackUrl = EmulatorHttp.ParseHttpUrl(OctaveAgentOutputs.Text(body, "callbackUrl")),
            CreatedAt = context.TimeProvider.GetUtcNow(),
            Duration = duration,
            Output = output,
            Error = error,
        };
        runs.Add(run);
        callbacks.Schedule(run.RequestId, run.CallbackUrl!, run.CompletedAt, run.CallbackPayload);
        return run;
    }

    private static Task WriteAsyncAcceptedAsync(HttpContext http, AgentRunRecord run, string message) =>
        EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["status"] = "pending",
            ["requestId"] = run.RequestId,
            ["message"] = message,
            ["agentOId"] = run.AgentOId,
        });

    private static JsonNode? AgentOutput(OctaveAgentScenario scenario, JsonObject inputs)
    {
        if (scenario.OutputFactory is { } factory)
        {
            return factory(inputs);
        }

        return scenario.Output?.DeepClone() ?? OctaveAgentOutputs.Generate(scenario.AgentType, inputs);
    }

    private static string? RequiredCallbackUrlError(JsonObject body) =>
        OctaveAgentOutputs.Text(body, "callbackUrl") is null ? "callbackUrl is required"
        : EmulatorHttp.ParseHttpUrl(OctaveAgentOutputs.Text(body, "callbackUrl")) is null ? "callbackUrl must be an absolute http or https URL"
        : null;
}
