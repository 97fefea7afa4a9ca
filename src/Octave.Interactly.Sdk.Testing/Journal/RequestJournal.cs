using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Every API request the emulator received (control routes under <c>/_emulator</c> excluded),
/// bounded by <see cref="WorkflowEmulatorOptions.JournalCapacity"/>. Thread-safe.
/// </summary>
public sealed class RequestJournal
{
    private readonly Queue<JournalEntry> entries = new();
    private readonly object gate = new();
    private readonly int capacity;
    private long sequence;

    /// <summary>How many entries were ever dropped (capacity or <see cref="Clear"/>): the position of the oldest one kept.</summary>
    private long dropped;

    internal RequestJournal(int capacity)
    {
        this.capacity = Math.Max(1, capacity);
    }

    /// <summary>A snapshot of the recorded requests, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return entries.ToArray();
            }
        }
    }

    /// <summary>
    /// How many recorded requests match <paramref name="method"/> (null = any) and
    /// <paramref name="pathPattern"/> (exact path, <c>*</c> for one segment, trailing <c>*</c> for a prefix).
    /// </summary>
    public int Count(string? method, string pathPattern)
    {
        var pattern = new PathPattern(pathPattern);
        return Entries.Count(e =>
            (method is null || string.Equals(method, e.Method, StringComparison.OrdinalIgnoreCase))
            && pattern.IsMatch(e.Path));
    }

    /// <summary>Removes every recorded request and restarts the sequence numbers.</summary>
    public void Clear()
    {
        lock (gate)
        {
            dropped += entries.Count;
            entries.Clear();
            sequence = 0;
        }
    }

    /// <summary>
    /// The entries recorded at or after <paramref name="position"/>, for incremental readers. Positions count every entry
    /// ever recorded, in the order recorded, and never restart, unlike <see cref="JournalEntry.Sequence"/>, which counts
    /// arrivals: a slow request journals after a faster later one, so reading "after sequence N" would skip it.
    /// </summary>
    internal (long First, long Next, JournalEntry[] Entries) ReadFrom(long position)
    {
        lock (gate)
        {
            long skip = Math.Clamp(position - dropped, 0, entries.Count);
            return (dropped, dropped + entries.Count, entries.Skip((int)skip).ToArray());
        }
    }

    internal long NextSequence() => Interlocked.Increment(ref sequence);

    internal void Add(JournalEntry entry)
    {
        lock (gate)
        {
            entries.Enqueue(entry);
            while (entries.Count > capacity)
            {
                entries.Dequeue();
                dropped++;
            }
        }
    }
}
