namespace Octave.Interactly.Sdk;

/// <summary>One change seen by <see cref="WorkflowRun.WatchAsync"/>: a new state or new progress counters.</summary>
public sealed class WorkflowRunUpdate
{
    /// <summary>Creates an update.</summary>
    /// <param name="state">The inferred state.</param>
    /// <param name="status">The status answer it was inferred from.</param>
    public WorkflowRunUpdate(OctaveRunState state, WorkflowRunStatus status)
    {
        State = state;
        Status = status;
    }

    /// <summary>The inferred state.</summary>
    public OctaveRunState State { get; }

    /// <summary>The status answer: counters and timestamps.</summary>
    public WorkflowRunStatus Status { get; }

    /// <inheritdoc />
    public override string ToString() => $"{State} ({Status.ProcessedCount}/{Status.TotalCount} processed, {Status.FailedCount} failed)";
}
