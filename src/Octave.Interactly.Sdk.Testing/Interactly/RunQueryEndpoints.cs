using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary><c>GET /v1/workflow-runs</c> and <c>GET /v1/workflow-runs/{workflow_run_id}</c> (§2.4).</summary>
internal sealed class RunQueryEndpoints
{
    /// <summary>The page size when none is asked for, as in the service's docs.</summary>
    private const int DefaultPageSize = 100;

    private readonly InteractlyServices services;

    public RunQueryEndpoints(InteractlyServices services) => this.services = services;

    /// <summary>Newest first; filters on <c>workflow_id</c> and <c>status</c>; <c>search</c> matches run id, workflow id or name, case-insensitively.</summary>
    public IResult List(HttpContext http)
    {
        IQueryCollection query = http.Request.Query;
        if (!TryReadPositive(query, "page", 1, out int page, out IResult? error) ||
            !TryReadPositive(query, "size", DefaultPageSize, out int size, out error))
        {
            return error;
        }

        string? workflowId = query["workflow_id"];
        string? status = query["status"];
        string? search = query["search"];
        var matches = new List<(long Sequence, JsonObject Summary)>();
        foreach (InteractlyRun run in services.Runs.Snapshot())
        {
            lock (run.Sync)
            {
                if (Matches(run, workflowId, status, search))
                {
                    matches.Add((run.Sequence, RunDocuments.Summary(run, services.Catalog.RunShape)));
                }
            }
        }

        var items = new JsonArray();
        foreach ((long _, JsonObject summary) in matches.OrderByDescending(m => m.Sequence).Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size))
        {
            items.Add(summary);
        }

        return WireReplies.Json(StatusCodes.Status200OK, RunDocuments.Page(services.Catalog.RunListKey, items, matches.Count, page, size));
    }

    public IResult Get(HttpContext http)
    {
        string runId = http.Request.RouteValues["workflow_run_id"] as string ?? "";
        if (!services.Runs.TryGet(runId, out InteractlyRun? run))
        {
            return WireReplies.NotFound($"Workflow run {runId} not found");
        }

        lock (run.Sync)
        {
            return WireReplies.Json(StatusCodes.Status200OK, RunDocuments.Detail(run, services.Catalog.RunShape));
        }
    }

    private static bool Matches(InteractlyRun run, string? workflowId, string? status, string? search) =>
        (string.IsNullOrEmpty(workflowId) || run.Script.WorkflowId == workflowId) &&
        (string.IsNullOrEmpty(status) || run.Status == status) &&
        (string.IsNullOrEmpty(search) ||
            run.RunId.Contains(search, StringComparison.OrdinalIgnoreCase) ||
            run.Script.WorkflowId.Contains(search, StringComparison.OrdinalIgnoreCase) ||
            run.Script.Name.Contains(search, StringComparison.OrdinalIgnoreCase));

    private static bool TryReadPositive(IQueryCollection query, string name, int fallback, out int value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
    {
        error = null;
        value = fallback;
        string? raw = query[name];
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            error = WireReplies.Validation("Input should be a valid integer", "int_parsing", "query", name);
            return false;
        }

        if (value < 1)
        {
            error = WireReplies.Validation("Input should be greater than or equal to 1", "greater_than_equal", "query", name);
            return false;
        }

        return true;
    }
}
