using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// One way out of a <see cref="ScriptNodeKind.Branch"/> node. Every condition that is set must hold
/// (text comparisons ignore case); a route with no condition always matches.
/// </summary>
public sealed class BranchRoute
{
    /// <summary>Matches when the last user message contains this text.</summary>
    public string? Contains { get; set; }

    /// <summary>Matches when the last user message, trimmed, equals this text. Written <c>"equals"</c> in JSON.</summary>
    [JsonPropertyName("equals")]
    public string? EqualTo { get; set; }

    /// <summary>Matches when the run was started with this workflow version.</summary>
    public int? Version { get; set; }

    /// <summary>The node to go to when this route matches.</summary>
    public string Next { get; set; } = "";
}
