namespace Octave.Interactly.Sdk;

/// <summary>Paging and search for <c>GET /v1/workflows</c>; null fields are left to the service's defaults.</summary>
public sealed class ListWorkflowsRequest
{
    /// <summary>The 1-based page number.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page; at least 1.</summary>
    public int? Size { get; set; }

    /// <summary>A keyword matched against workflow names and descriptions.</summary>
    public string? Search { get; set; }
}
