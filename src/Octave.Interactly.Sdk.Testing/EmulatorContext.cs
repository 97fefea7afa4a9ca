using System;
using System.Globalization;
using System.Threading;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Temporary stand-in for the emulator host's shared context (options, clock, seeded random source);
/// the host's version replaces this file when the branches merge.
/// </summary>
internal sealed class EmulatorContext
{
    private readonly Random random;
    private readonly object randomGate = new();
    private long requestCounter;

    public EmulatorContext(WorkflowEmulatorOptions options, TimeProvider timeProvider, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        Options = options;
        TimeProvider = timeProvider;
        this.random = random;
    }

    public WorkflowEmulatorOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Next value from the seeded source; <see cref="Random"/> is not thread-safe, hence the lock.</summary>
    public int NextRandom(int maxExclusive)
    {
        lock (randomGate)
        {
            return random.Next(maxExclusive);
        }
    }

    public string NewRequestId()
    {
        long next = Interlocked.Increment(ref requestCounter);
        return "req_" + next.ToString("x16", CultureInfo.InvariantCulture);
    }
}
