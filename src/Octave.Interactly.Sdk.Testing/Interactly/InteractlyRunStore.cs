using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>Every run the emulator holds, by run id. Lock-free lookups so thousands of sessions can talk at once.</summary>
internal sealed class InteractlyRunStore
{
    private readonly ConcurrentDictionary<string, InteractlyRun> runs = new(StringComparer.Ordinal);
    private long sequence;

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(InteractlyRun run) => runs[run.RunId] = run;

    public bool TryGet(string runId, [NotNullWhen(true)] out InteractlyRun? run) => runs.TryGetValue(runId, out run);

    /// <summary>
    /// Finds run <paramref name="runId"/> of workflow <paramref name="workflowId"/> and begins a turn on it, or gives the
    /// reply that refuses it: 404 for a run this workflow does not have, 409 while another turn is in progress. The
    /// caller ends the turn (<see cref="InteractlyRun.EndTurn"/>).
    /// </summary>
    public bool TryBeginTurn(string workflowId, string runId, [NotNullWhen(true)] out InteractlyRun? run, [NotNullWhen(false)] out IResult? refusal)
    {
        if (!TryGet(runId, out run) || run.Script.WorkflowId != workflowId)
        {
            run = null;
            refusal = WireReplies.RunNotFound(runId);
            return false;
        }

        if (!run.TryBeginTurn())
        {
            run = null;
            refusal = WireReplies.TurnInProgress(runId);
            return false;
        }

        refusal = null;
        return true;
    }

    public bool TryRemove(string runId) => runs.TryRemove(runId, out _);

    public ICollection<InteractlyRun> Snapshot() => runs.Values;

    public void Clear() => runs.Clear();
}
