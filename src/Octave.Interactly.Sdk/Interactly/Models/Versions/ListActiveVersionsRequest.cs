namespace Octave.Interactly.Sdk;

/// <summary>Paging for <c>GET /v1/workflows/versions/active</c>; null fields are left to the service's defaults.</summary>
public sealed class ListActiveVersionsRequest
{
    /// <summary>The 1-based page number.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page; at least 1.</summary>
    public int? Size { get; set; }
}
