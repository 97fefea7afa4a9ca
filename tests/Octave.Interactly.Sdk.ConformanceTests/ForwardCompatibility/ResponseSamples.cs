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

    /// <summary>A first Interactly turn: the workflow started, greeted, and now waits for the user.</summary>
    public const string InteractlyTurn =
        """{"run_id":"run_1","status":"waiting_for_user_input","turn_number":1,"events":[{"type":"start_workflow","logical_id":"event_1","timestamp":1767322245.5,"origin_thread_id":"0"},{"type":"assistant_response","logical_id":"event_2","timestamp":1767322246.25,"origin_thread_id":"0","origin_node_name":"Greeter","content":"Hi! What is your name?","llm_usage_info":{"provider":"openai"}},{"type":"workflow_ready_for_input","logical_id":"event_3","active_companion_thread_ids":[]}],"is_waiting_for_input":true,"is_completed":false,"error":null,"next_input_hint":null,"has_background_work":false,"has_active_companions":false}""";

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
        ResponseSample.Model<InteractiveRunResponse>(InteractlyTurn, new[] { "status" }, model => model.Status.Value),
        ResponseSample.Model<WorkflowRunList>(
            """{"workflow_runs":[{"_id":"r1","workflow_run":{"logical_id":"run_1","workflow_id":"6a11c0de0000000000000001","status":"completed"},"team_id":"t1","created_by":"u1","updated_by":"u1","created_at":"2026-01-02T03:04:05Z","updated_at":"2026-01-02T03:04:06Z"}],"total":1}"""),
        ResponseSample.Model<WorkflowRunRecordResponse>(
            """{"workflow_run":{"_id":"r1","team_id":"t1","created_by":"u1","updated_by":"u1","created_at":"2026-01-02T03:04:05Z","updated_at":"2026-01-02T03:04:06Z","workflow_run":{"logical_id":"run_1","workflow_id":"6a11c0de0000000000000001","version_number":3,"version_name":"v3","status":"running","termination_source":null,"input_output_pairs":[{"run_input":{"command":"data","thread_to_node_inputs":{"0":{"node_run_inputs":[{"type":"llm","messages":[{"type":"human","content":"Ada"}]}]}}},"run_output":{"events":[{"type":"assistant_response","logical_id":"event_2","content":"Hello Ada"}],"thread_to_node_outputs":{}},"evaluation":null,"comments":[],"ratings":null}],"run_by":"u1","comments":[],"llm_token_usage":{"total":12},"llm_latency_stats":null,"miscellaneous":{},"is_evaluation_run":false}}}""",
            new[] { "workflow_run", "workflow_run", "status" }, model => model.WorkflowRun?.WorkflowRun?.Status.Value),
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

    /// <summary>Wire names of dictionary-typed properties: their JSON objects are maps, not records.</summary>
    public static IReadOnlySet<string> DictionaryNames { get; } = WireModels.Types()
        .SelectMany(WireModels.WireProperties)
        .Where(property => property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(Dictionary<,>)))
        .Select(WireModels.WireName)
        .Concat(new[] { "thread_to_node_inputs", "thread_to_node_outputs" })
        .ToHashSet(System.StringComparer.Ordinal);

    /// <summary>Every name the SDK reads anywhere: random extra fields must not collide with one (that would be a changed field, not an extra one).</summary>
    public static IReadOnlySet<string> KnownNames { get; } = WireModels.Types()
        .SelectMany(WireModels.WireProperties)
        .Select(WireModels.WireName)
        .Concat(All.SelectMany(sample => JsonShapes.PropertyNames(JsonNode.Parse(sample.Json))))
        .Concat(new[] { "jobOId", "workflowRunOId", "requestId", "agentRunOId", "output", "result", "data", "status", "error", "message", "detail", "workflowOId", "agentOId", "completedAt" })
        .ToHashSet(System.StringComparer.OrdinalIgnoreCase);
}
