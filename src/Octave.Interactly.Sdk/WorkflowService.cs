namespace Octave.Interactly.Sdk;

/// <summary>Identifies which of the two APIs a request, response or error belongs to.</summary>
public enum WorkflowService
{
    /// <summary>Octave v2 (GTM automation).</summary>
    Octave,

    /// <summary>Interactly Workflows v1 (conversational workflows).</summary>
    Interactly,
}
