using System;
using System.Collections.Generic;

namespace Octave.Interactly.Sdk;

/// <summary>Query for <c>GET /v1/workflow-runs</c>. Every field is optional and sent as a flat query parameter.</summary>
public sealed class ListWorkflowRunsRequest
{
    /// <summary>The page, from 1.</summary>
    public int? Page { get; set; }

    /// <summary>The page size, at least 1.</summary>
    public int? Size { get; set; }

    /// <summary>Free-text search.</summary>
    public string? Search { get; set; }

    /// <summary>Runs created at or after this instant (sent as ISO-8601).</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>Runs created at or before this instant (sent as ISO-8601).</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Only runs of this workflow.</summary>
    public string? WorkflowId { get; set; }

    /// <summary>Only runs with this status.</summary>
    public InteractlyRunStatus? Status { get; set; }

    /// <summary>Only runs re-run from this run.</summary>
    public string? SourceWorkflowRunId { get; set; }

    /// <summary>Only runs re-run from this turn index.</summary>
    public int? SourceTurnIndex { get; set; }

    /// <summary>Only runs started by this user (<c>run_by</c>), as the official Python SDK filters them.</summary>
    public string? RunBy { get; set; }

    /// <summary>Further filters, sent as <c>name=value</c> query parameters as they are.</summary>
    public IDictionary<string, string>? AdditionalFilters { get; set; }
}
