namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>The run statuses the emulator reports, spelled as on the wire.</summary>
internal static class InteractlyRunStatus
{
    public const string Running = "running";
    public const string WaitingForUserInput = "waiting_for_user_input";
    public const string Paused = "paused";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string AbortedLoopingRisk = "aborted_looping_risk";

    /// <summary>Terminal statuses accept no further turns.</summary>
    public static bool IsTerminal(string status) =>
        status is Completed or Failed or Cancelled or AbortedLoopingRisk;
}
