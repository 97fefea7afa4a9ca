using System.Collections.Generic;

namespace Octave.Interactly.Sdk;

/// <summary>What <c>GET /v1/workflows/{workflow_id}/export</c> puts in the bundle.</summary>
public sealed class ExportWorkflowRequest
{
    /// <summary>The versions to include; at least one, none negative.</summary>
    public IList<int> VersionNumbers { get; set; } = new List<int>();

    /// <summary>Which of <see cref="VersionNumbers"/> is the active one.</summary>
    public int ActiveVersionNumber { get; set; }
}
