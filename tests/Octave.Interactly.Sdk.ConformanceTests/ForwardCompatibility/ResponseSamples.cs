using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// One valid payload per response the SDK reads, in the shapes the API reference gives. Add a row when a
/// response model lands; every forward-compatibility property then runs over it.
/// </summary>
internal static class ResponseSamples
{
    private const string Metadata = """{"requestId":"req_1","timestamp":"2026-01-02T03:04:05.000Z","usage":1.5,"message":"ok"}""";

    public static IReadOnlyList<ResponseSample> All { get; } = new[]
    {
        ResponseSample.Model<RunWorkflowResponse>(
            """{"jobOId":"bsjob_1","status":"pending","message":"Workflow execution started successfully"}""",
            new[] { "status" }, model => model.Status.Value),
        ResponseSample.Model<WorkflowRunStatusResponse>(
            $$$"""{"_metadata":{{{Metadata}}},"data":{"jobOId":"bsjob_1","status":"running","totalCount":3,"processedCount":2,"successCount":1,"failedCount":1,"createdAt":"2026-01-02T03:04:05.000Z","startedAt":"2026-01-02T03:04:06.000Z","completedAt":"","workflowOId":"caw_1","callbackUrl":"https://example.com/callbacks/1","circuitBreakerReason":null}}""",
            new[] { "data", "status" }, model => model.Data?.Status),
        ResponseSample.Model<AgentRunAccepted>(
            """{"requestId":"asyncReqID_1","status":"pending","message":"Accepted","agentOId":"ca_1"}""",
            new[] { "status" }, model => model.Status.Value),
        ResponseSample.Model<AgentRunStatusResponse>(
            $$$"""{"_metadata":{{{Metadata}}},"data":{"requestId":"asyncReqID_1","status":"completed","result":{"company":{"name":"Acme","domain":"acme.example"}},"error":null,"createdAt":"2026-01-02T03:04:05.000Z"}}""",
            new[] { "data", "status" }, model => model.Data?.Status),
        ResponseSample.Model<OctaveAgentResponse>(
            $$$"""{"_metadata":{{{Metadata}}},"found":true,"message":"Found","data":{"company":{"name":"Acme","employeeCount":120,"founded":"2001"},"product":"Rockets"}}"""),
        ResponseSample.Model<ValidateApiKeyResponse>(
            $$$"""{"_metadata":{{{Metadata}}},"status":"ok","valid":true}""",
            new[] { "status" }, model => model.Status),
        ResponseSample.Model<EnrichCompanyData>(
            """{"company":{"name":"Acme","description":"Makes rockets","domain":"acme.example","website":"https://acme.example","founded":2001,"location":{"city":"Springfield"},"employeeCount":"100-500","industry":"Aerospace"},"product":"Rockets"}"""),
        ResponseSample.Model<QualificationData>("""{"score":7.5,"qualified":true,"rationale":"Fits the profile"}"""),
        ResponseSample.Model<ContextAgentData>(
            """{"documents":[{"id":"doc_1","name":"Playbook","data":{"text":"..."},"score":0.9,"reasoning":"Closest match"}],"reasoning":"One document matched"}"""),
        Callback("OctaveCallback (workflow)", """{"jobOId":"bsjob_1","workflowOId":"caw_1","status":"succeeded","output":{"rows":[{"email":"a@example.com"}]},"completedAt":"2026-01-02T03:04:05.000Z"}"""),
        Callback("OctaveCallback (agent)", """{"requestId":"asyncReqID_1","agentOId":"ca_1","status":"failed","error":{"message":"The agent timed out"}}"""),
    };

    /// <summary>Callbacks are read by <see cref="OctaveCallbackParser"/>; a body with no run id is a documented FormatException, so TryParse is used.</summary>
    private static ResponseSample Callback(string name, string json) => new()
    {
        Name = name,
        Json = json,
        Read = text => OctaveCallbackParser.TryParse(Encoding.UTF8.GetBytes(text), out var callback, out _) ? callback : null,
        Write = model => model is OctaveCallback callback
            ? new JsonObject
            {
                ["runId"] = callback.RunId,
                ["kind"] = callback.Kind.ToString(),
                ["status"] = callback.Status.Value,
                ["output"] = callback.Output is { } output ? JsonNode.Parse(output.GetRawText()) : null,
                ["error"] = callback.Error,
                ["workflowOId"] = callback.WorkflowOId,
                ["agentOId"] = callback.AgentOId,
                ["completedAt"] = callback.CompletedAt?.ToUnixTimeMilliseconds(),
            }.ToJsonString()
            : "null",
        StatusPath = new[] { "status" },
        ReadStatus = model => (model as OctaveCallback)?.Status.Value,
    };

    /// <summary>Every name the SDK reads anywhere: random extra fields must not collide with one (that would be a changed field, not an extra one).</summary>
    public static IReadOnlySet<string> KnownNames { get; } = WireModels.Types()
        .SelectMany(WireModels.WireProperties)
        .Select(WireModels.WireName)
        .Concat(All.SelectMany(sample => JsonShapes.PropertyNames(JsonNode.Parse(sample.Json))))
        .Concat(new[] { "jobOId", "workflowRunOId", "requestId", "agentRunOId", "output", "result", "data", "status", "error", "message", "detail", "workflowOId", "agentOId", "completedAt" })
        .ToHashSet(System.StringComparer.OrdinalIgnoreCase);
}
