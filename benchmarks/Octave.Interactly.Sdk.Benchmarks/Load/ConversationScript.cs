using System.Globalization;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// What each simulated user says to the emulator's built-in chat loop: a greeting, small talk, and "bye" on the
/// last turn, which ends the run as completed, so a complete transcript is one that reached that end.
/// </summary>
internal static class ConversationScript
{
    /// <summary>The emulator's built-in "Chat loop" workflow (answers each message until "bye"; 20 turns at most).</summary>
    public const string ChatLoopWorkflowId = "6a11c0de0000000000000002";

    public static string Message(int turn, int turns) => turn switch
    {
        1 => "hello",
        _ when turn == turns => "bye",
        _ => "tell me something about turn " + turn.ToString(CultureInfo.InvariantCulture),
    };
}
