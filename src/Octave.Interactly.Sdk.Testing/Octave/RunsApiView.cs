using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// The emulator's started workflow and agent runs as the Runs API (<c>GET /api/v2/runs/{oId}</c>) shows them: one
/// status, item counts, credits at <see cref="UnitPrice"/> per item, and a page of items with outputs. Computed from
/// the clock on demand, like <see cref="WorkflowRunProgress"/>, so a run moves from queued to its end by itself.
/// </summary>
internal static class RunsApiView
{
    public const decimal UnitPrice = 1m;

    public static JsonObject Describe(WorkflowRunRecord run, DateTimeOffset now, int limit, int offset)
    {
        var progress = WorkflowRunProgress.Describe(run, now);
        int total = progress["totalCount"]!.GetValue<int>();
        int processed = progress["processedCount"]!.GetValue<int>();
        int failed = progress["failedCount"]!.GetValue<int>();
        bool done = now >= run.CompletedAt;
        string status = !done ? (now >= run.StartedAt ? "running" : "queued")
            : failed == 0 ? "succeeded"
            : failed >= total ? "failed"
            : "partial";
        var output = done ? run.CallbackPayload()["output"] : null;

        var items = new JsonArray();
        for (int index = offset; index < Math.Min(total, offset + limit); index++)
        {
            // Items finish in order; the last ones to finish are the failed ones.
            bool finished = index < processed;
            bool itemFailed = finished && index >= processed - failed;
            items.Add(new JsonObject
            {
                ["oId"] = run.JobOId + "_item_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["status"] = !finished ? (status == "queued" ? "queued" : "running") : itemFailed ? "failed" : "succeeded",
                ["output"] = finished && !itemFailed ? output?.DeepClone() ?? new JsonObject { ["item"] = index } : null,
                ["error"] = itemFailed ? run.Scenario.Error ?? "Item failed" : null,
            });
        }

        return Run(run.JobOId, status, total, processed, failed, items, offset + limit < total, run.CreatedAt, done ? run.CompletedAt : null,
            status is "failed" or "partial" ? run.Scenario.CircuitBreakerReason ?? run.Scenario.Error : null);
    }

    public static JsonObject Describe(AgentRunRecord run, DateTimeOffset now, int limit, int offset)
    {
        bool done = now >= run.CompletedAt;
        bool failed = done && run.Error is not null;
        string status = !done ? "running" : failed ? "failed" : "succeeded";
        var items = new JsonArray();
        if (offset == 0 && limit > 0)
        {
            items.Add(new JsonObject
            {
                ["oId"] = run.RequestId + "_item_0",
                ["status"] = status,
                ["output"] = done && !failed ? run.Output?.DeepClone() : null,
                ["error"] = failed ? run.Error : null,
            });
        }

        return Run(run.RequestId, status, 1, done ? 1 : 0, failed ? 1 : 0, items, false, run.CreatedAt, done ? run.CompletedAt : null, failed ? run.Error : null);
    }

    /// <summary>Credits charged so far: finished items that succeeded.</summary>
    public static decimal Charged(JsonObject run) => run["credits"]!["charged"]!.GetValue<decimal>();

    private static JsonObject Run(
        string oId, string status, int total, int processed, int failed, JsonArray items, bool hasNext, DateTimeOffset createdAt, DateTimeOffset? completedAt, string? error) => new()
    {
        ["oId"] = oId,
        ["status"] = status,
        ["counts"] = new JsonObject
        {
            ["total"] = total,
            ["queued"] = status == "queued" ? total : 0,
            ["running"] = status is "queued" ? 0 : total - processed,
            ["succeeded"] = processed - failed,
            ["failed"] = failed,
            ["cancelled"] = 0,
        },
        ["credits"] = new JsonObject
        {
            ["unitPrice"] = UnitPrice,
            ["quoted"] = UnitPrice * total,
            ["held"] = UnitPrice * (total - processed),
            ["charged"] = UnitPrice * (processed - failed),
        },
        ["items"] = items,
        ["hasNext"] = hasNext,
        ["error"] = error,
        ["createdAt"] = IsoTime.Format(createdAt),
        ["completedAt"] = completedAt is { } at ? IsoTime.Format(at) : null,
    };
}
