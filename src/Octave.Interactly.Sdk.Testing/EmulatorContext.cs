using System;
using System.Globalization;
using System.Threading;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// What both API halves of the emulator share: options, the clock, the seeded random source and
/// request-id generation. One instance per running emulator.
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

    /// <summary>Next value in [0, 1) from the seeded source.</summary>
    public double NextRandomDouble()
    {
        lock (randomGate)
        {
            return random.NextDouble();
        }
    }

    /// <summary>
    /// A request id for the <c>x-request-id</c> header. A counter (not the random source) so that
    /// the number of requests does not shift the random choices that tests rely on.
    /// </summary>
    public string NewRequestId()
    {
        long next = Interlocked.Increment(ref requestCounter);
        return "req_" + next.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>An opaque id such as <c>bsjob_…</c>: the prefix plus 21 seeded alphanumerics.</summary>
    public string NewId(string prefix)
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        Span<char> chars = stackalloc char[21];
        lock (randomGate)
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
        }

        return prefix + new string(chars);
    }
}
