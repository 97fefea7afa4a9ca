using System;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Benchmarks.Micro;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// One conversation in the hand-written models, its turns sent by <see cref="HandWrittenTurnClient"/> (the baseline for
/// the SDK's per-turn cost) or by a bare Refit interface (the floor of a Refit-based client).
/// </summary>
internal sealed class HandWrittenConversation
{
    private readonly Func<string, string?, string, CancellationToken, Task<HandWrittenTurnResponse>> _sendTurn;

    /// <summary>A conversation whose turns <paramref name="sendTurn"/> sends: workflow id, run id, message.</summary>
    public HandWrittenConversation(Func<string, string?, string, CancellationToken, Task<HandWrittenTurnResponse>> sendTurn) => _sendTurn = sendTurn;

    /// <summary>Plays the script; true when the run ended completed after the last turn.</summary>
    public async Task<bool> RunAsync(int turns, CancellationToken cancellationToken)
    {
        string? runId = null;
        HandWrittenTurnResponse? last = null;
        for (var turn = 1; turn <= turns; turn++)
        {
            last = await _sendTurn(ConversationScript.ChatLoopWorkflowId, runId, ConversationScript.Message(turn, turns), cancellationToken);
            runId ??= last.RunId ?? throw new InvalidOperationException("The first turn returned no run_id.");
            if (last.IsCompleted == true && turn < turns)
            {
                return false;
            }
        }

        return last is { IsCompleted: true, Status: "completed" };
    }
}
