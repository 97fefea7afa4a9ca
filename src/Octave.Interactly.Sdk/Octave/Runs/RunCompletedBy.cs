namespace Octave.Interactly.Sdk;

/// <summary>What told the SDK that an Octave run had ended.</summary>
public enum RunCompletedBy
{
    /// <summary>A status poll showed the run finished. A workflow's output is not available this way.</summary>
    Polling,

    /// <summary>Octave's callback arrived (through <see cref="OctaveRunCompletionRegistry"/>), carrying the output.</summary>
    Callback,
}
