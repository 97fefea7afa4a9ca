using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>The events and metrics of one turn (or one pump), gathered while the script plays.</summary>
internal sealed class TurnRecorder
{
    public TurnRecorder(InteractlyRun run) => Run = run;

    public InteractlyRun Run { get; }

    public List<JsonObject> Events { get; } = [];

    public int NodesExecuted { get; set; }

    public int LlmCalls { get; private set; }

    public double LlmLatencyMilliseconds { get; private set; }

    public JsonObject Add(JsonObject emitted)
    {
        Events.Add(emitted);
        return emitted;
    }

    public void CountLlmCall(double latencyMilliseconds)
    {
        LlmCalls++;
        LlmLatencyMilliseconds += latencyMilliseconds;
    }

    /// <summary>The <c>iteration_metrics</c> of <c>end_workflow_iteration</c>; latencies are nominal.</summary>
    public JsonObject MetricsJson() => new()
    {
        ["e2e_latency_milliseconds"] = LlmLatencyMilliseconds,
        ["nodes_executed_count"] = NodesExecuted,
        ["llm_call_count"] = LlmCalls,
        ["tool_call_count"] = 0,
        ["llm_latency_stats"] = new JsonObject
        {
            ["count"] = LlmCalls,
            ["total_milliseconds"] = LlmLatencyMilliseconds,
        },
        ["tool_latency_stats"] = new JsonObject { ["count"] = 0, ["total_milliseconds"] = 0 },
    };
}
