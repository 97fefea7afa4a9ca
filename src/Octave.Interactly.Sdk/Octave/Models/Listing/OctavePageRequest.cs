namespace Octave.Interactly.Sdk;

/// <summary>
/// One page of an Octave list (<c>limit</c>/<c>offset</c>): the agents list, the API-key list and the items page of
/// the Runs API. A value left null is not sent, so the server's default applies (<c>limit</c> 10, <c>offset</c> 0).
/// </summary>
public sealed class OctavePageRequest
{
    /// <summary>How many entries to return; at least 1.</summary>
    public int? Limit { get; set; }

    /// <summary>How many entries to skip; 0 or more.</summary>
    public int? Offset { get; set; }
}
