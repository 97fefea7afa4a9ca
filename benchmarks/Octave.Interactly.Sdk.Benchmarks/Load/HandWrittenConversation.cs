using System;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Benchmarks.Micro;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>One conversation driven by <see cref="HandWrittenTurnClient"/>: the baseline for the SDK's per-turn cost.</summary>
internal sealed class HandWrittenConversation
{
    private readonly HandWrittenTurnClient _client;

    public HandWrittenConversation(HandWrittenTurnClient client) => _client = client;

    /// <summary>Plays the script; true when the run ended completed after the last turn.</summary>
    public async Task<bool> RunAsync(int turns, CancellationToken cancellationToken)
    {
        string? runId = null;
        HandWrittenTurnResponse? last = null;
        for (var turn = 1; turn <= turns; turn++)
        {
            last = await _client.SendAsync(ConversationScript.ChatLoopWorkflowId, runId, ConversationScript.Message(turn, turns), cancellationToken);
            runId ??= last.RunId ?? throw new InvalidOperationException("The first turn returned no run_id.");
            if (last.IsCompleted == true && turn < turns)
            {
                return false;
            }
        }

        return last is { IsCompleted: true, Status: "completed" };
    }
}
