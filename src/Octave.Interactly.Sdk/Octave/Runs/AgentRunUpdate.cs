namespace Octave.Interactly.Sdk;

/// <summary>One change seen by <see cref="AgentRun.WatchAsync"/>: a new state.</summary>
public sealed class AgentRunUpdate
{
    /// <summary>Creates an update.</summary>
    /// <param name="state">The inferred state.</param>
    /// <param name="status">The status answer it was inferred from.</param>
    public AgentRunUpdate(OctaveRunState state, AgentRunStatus status)
    {
        State = state;
        Status = status;
    }

    /// <summary>The inferred state.</summary>
    public OctaveRunState State { get; }

    /// <summary>The status answer: the result or error once done.</summary>
    public AgentRunStatus Status { get; }

    /// <inheritdoc />
    public override string ToString() => State.ToString();
}
