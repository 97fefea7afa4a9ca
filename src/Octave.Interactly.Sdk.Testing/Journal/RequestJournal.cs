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
            entries.Clear();
            sequence = 0;
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
            }
        }
    }
}
