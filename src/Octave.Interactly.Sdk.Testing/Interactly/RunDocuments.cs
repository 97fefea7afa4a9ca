using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// The JSON documents that describe a run on the wire. Callers hold the run's lock and serialize the
/// document before releasing it (see <see cref="WireReplies.Json"/>), so no one reads a node another turn may change.
/// </summary>
internal static class RunDocuments
{
    /// <summary>The <c>InteractiveRunResponse</c> returned by execute and pump-companions.</summary>
    public static JsonObject InteractiveResponse(InteractlyRun run, IReadOnlyList<JsonObject> turnEvents)
    {
        var events = new JsonArray();
        foreach (JsonObject emitted in turnEvents)
        {
            // A turn's events are fresh objects that the run record holds only as copies, so they can be
            // adopted without another copy; anything already attached elsewhere is copied.
            events.Add(emitted.Parent is null ? emitted : emitted.DeepClone());
        }

        bool waiting = run.Status == InteractlyRunStatus.WaitingForUserInput;
        return new JsonObject
        {
            ["run_id"] = run.RunId,
            ["status"] = run.Status,
            ["turn_number"] = run.TurnNumber,
            ["events"] = events,
            ["is_waiting_for_input"] = waiting,
            ["is_completed"] = run.IsTerminal,
            ["error"] = run.Error,
            ["next_input_hint"] = waiting ? run.LastBusyWait?.DeepClone() : null,
            ["has_background_work"] = run.HasBackgroundWork,
            ["has_active_companions"] = run.HasBackgroundWork,
        };
    }

    /// <summary>An item of <c>GET /v1/workflow-runs</c>.</summary>
    public static JsonObject Summary(InteractlyRun run)
    {
        JsonObject envelope = Envelope(run);
        envelope["workflow_run"] = new JsonObject
        {
            ["logical_id"] = run.RunId,
            ["workflow_id"] = run.Script.WorkflowId,
            ["status"] = run.Status,
        };
        return envelope;
    }

    /// <summary>The body of <c>GET /v1/workflow-runs/{id}</c>: the record nests <c>workflow_run</c> twice.</summary>
    public static JsonObject Detail(InteractlyRun run)
    {
        var pairs = new JsonArray();
        foreach (JsonObject pair in run.InputOutputPairs)
        {
            pairs.Add(pair.DeepClone());
        }

        JsonObject envelope = Envelope(run);
        envelope["workflow_run"] = new JsonObject
        {
            ["logical_id"] = run.RunId,
            ["workflow_id"] = run.Script.WorkflowId,
            ["version_number"] = run.Version,
            ["version_name"] = "v" + run.Version.ToString(CultureInfo.InvariantCulture),
            ["status"] = run.Status,
            ["termination_source"] = run.TerminationSource,
            ["input_output_pairs"] = pairs,
            ["run_by"] = run.RunBy,
            ["comments"] = new JsonArray(),
            ["llm_token_usage"] = run.LlmUsage.TokenUsageJson(),
            ["llm_latency_stats"] = run.LlmUsage.LatencyStatsJson(),
            ["miscellaneous"] = run.Miscellaneous.DeepClone(),
            ["is_evaluation_run"] = false,
        };
        return new JsonObject { ["workflow_run"] = envelope };
    }

    private static JsonObject Envelope(InteractlyRun run) => new()
    {
        ["_id"] = run.RunId,
        ["team_id"] = run.TeamId,
        ["created_by"] = run.RunBy,
        ["updated_by"] = run.RunBy,
        ["created_at"] = IsoTime(run.CreatedAt),
        ["updated_at"] = IsoTime(run.UpdatedAt),
    };

    private static string IsoTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
