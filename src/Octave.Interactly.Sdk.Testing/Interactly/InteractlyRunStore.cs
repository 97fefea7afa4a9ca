using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>Every run the emulator holds, by run id. Lock-free lookups so thousands of sessions can talk at once.</summary>
internal sealed class InteractlyRunStore
{
    private readonly ConcurrentDictionary<string, InteractlyRun> runs = new(StringComparer.Ordinal);
    private long sequence;

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(InteractlyRun run) => runs[run.RunId] = run;

    public bool TryGet(string runId, [NotNullWhen(true)] out InteractlyRun? run) => runs.TryGetValue(runId, out run);

    public bool TryRemove(string runId) => runs.TryRemove(runId, out _);

    public ICollection<InteractlyRun> Snapshot() => runs.Values;

    public void Clear() => runs.Clear();
}
