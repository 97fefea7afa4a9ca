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

    /// <summary>A page of <c>GET /v1/workflow-runs</c>, under the key asked for.</summary>
    public static JsonObject Page(InteractlyRunListKey key, JsonArray items, int total, int page, int size) => key switch
    {
        InteractlyRunListKey.WorkflowRuns => new JsonObject { ["workflow_runs"] = items, ["total"] = total },
        _ => new JsonObject
        {
            [key == InteractlyRunListKey.Items ? "items" : "data"] = items,
            ["total"] = total,
            ["page"] = page,
            ["size"] = size,
            ["pages"] = (int)((total + (long)size - 1) / size),
        },
    };

    /// <summary>An item of <c>GET /v1/workflow-runs</c>.</summary>
    public static JsonObject Summary(InteractlyRun run, InteractlyRunShape shape)
    {
        if (shape == InteractlyRunShape.Flat)
        {
            return Flat(run, includeTurns: false);
        }

        JsonObject envelope = Envelope(run);
        envelope["workflow_run"] = new JsonObject
        {
            ["logical_id"] = run.RunId,
            ["workflow_id"] = run.Script.WorkflowId,
            ["status"] = run.Status,
        };
        return envelope;
    }

    /// <summary>The body of <c>GET /v1/workflow-runs/{id}</c>: the record nests <c>workflow_run</c> twice, or the run flat.</summary>
    public static JsonObject Detail(InteractlyRun run, InteractlyRunShape shape)
    {
        if (shape == InteractlyRunShape.Flat)
        {
            return Flat(run, includeTurns: true);
        }

        JsonObject envelope = Envelope(run);
        envelope["workflow_run"] = new JsonObject
        {
            ["logical_id"] = run.RunId,
            ["workflow_run_id"] = run.RunId,
            ["workflow_id"] = run.Script.WorkflowId,
            ["version_number"] = run.Version,
            ["version_name"] = VersionName(run),
            ["status"] = run.Status,
            ["termination_source"] = run.TerminationSource,
            ["input_output_pairs"] = Turns(run),
            ["run_by"] = run.RunBy,
            ["comments"] = new JsonArray(),
            ["llm_token_usage"] = run.LlmUsage.TokenUsageJson(),
            ["llm_latency_stats"] = run.LlmUsage.LatencyStatsJson(),
            ["miscellaneous"] = run.Miscellaneous.DeepClone(),
            ["is_evaluation_run"] = false,
        };
        return new JsonObject { ["workflow_run"] = envelope };
    }

    /// <summary>
    /// The run flat, with the fields the official SDK's flat run has. A run with no turns sends
    /// <c>input_output_pairs: null</c>, as servers do, and a list item leaves the key out.
    /// </summary>
    private static JsonObject Flat(InteractlyRun run, bool includeTurns)
    {
        var flat = new JsonObject
        {
            ["id"] = run.RunId,
            ["workflow_id"] = run.Script.WorkflowId,
            ["status"] = run.Status,
            ["run_by"] = run.RunBy,
            ["version_number"] = run.Version,
            ["error"] = run.Error,
            ["team_id"] = run.TeamId,
            ["created_at"] = IsoTime(run.CreatedAt),
            ["updated_at"] = IsoTime(run.UpdatedAt),
        };
        if (includeTurns)
        {
            flat["input_output_pairs"] = run.InputOutputPairs.Count == 0 ? null : Turns(run);
            flat["comments"] = new JsonArray();
        }

        return flat;
    }

    private static JsonArray Turns(InteractlyRun run)
    {
        var pairs = new JsonArray();
        foreach (JsonObject pair in run.InputOutputPairs)
        {
            pairs.Add(pair.DeepClone());
        }

        return pairs;
    }

    private static string VersionName(InteractlyRun run) => "v" + run.Version.ToString(CultureInfo.InvariantCulture);

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
