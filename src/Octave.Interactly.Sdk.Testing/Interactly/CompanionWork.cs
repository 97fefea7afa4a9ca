namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Background work armed by a companion node. REST-driven runs only advance it through
/// pump-companions calls, so it simply counts the pumps it still needs.
/// </summary>
internal sealed class CompanionWork
{
    public CompanionWork(ScriptNode node, string threadId, double deadlineEpoch)
    {
        Node = node;
        ThreadId = threadId;
        DeadlineEpoch = deadlineEpoch;
    }

    public ScriptNode Node { get; }

    /// <summary>The companion thread id, <c>0_companion_&lt;node id&gt;</c>.</summary>
    public string ThreadId { get; }

    /// <summary>Reported in <c>companion_step_boundary</c>; the emulator never expires companions.</summary>
    public double DeadlineEpoch { get; }

    public int AttemptsCompleted { get; set; }

    public bool IsFinished => AttemptsCompleted >= Node.Steps;
}
