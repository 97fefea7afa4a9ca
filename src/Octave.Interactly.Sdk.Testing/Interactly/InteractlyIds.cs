using System.Globalization;
using System.Threading;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Makes ids in Interactly's shapes. Randomness comes from the emulator's seeded source, so runs
/// repeat; a counter in every id keeps them unique even when the random part collides.
/// </summary>
internal sealed class InteractlyIds
{
    private readonly EmulatorContext context;
    private long counter;

    public InteractlyIds(EmulatorContext context) => this.context = context;

    /// <summary>A MongoDB ObjectId look-alike: 8 hex of Unix seconds, 6 random hex, 10 hex of counter.</summary>
    public string NewObjectId()
    {
        long seconds = context.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        int random = context.NextRandom(1 << 24);
        long next = Interlocked.Increment(ref counter);
        return string.Create(CultureInfo.InvariantCulture, $"{(uint)seconds:x8}{random:x6}{next & 0xFF_FFFF_FFFF:x10}");
    }

    /// <summary>An event id, <c>event_</c> plus a UUID-shaped value (64 random bits, 64 counter bits).</summary>
    public string NewEventId()
    {
        long next = Interlocked.Increment(ref counter);
        int a = context.NextRandom(1 << 16);
        int b = context.NextRandom(1 << 16);
        int c = context.NextRandom(1 << 16);
        int d = context.NextRandom(1 << 16);
        string tail = next.ToString("x16", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"event_{a:x4}{b:x4}-{c:x4}-{d:x4}-{tail[..4]}-{tail[4..]}");
    }
}
