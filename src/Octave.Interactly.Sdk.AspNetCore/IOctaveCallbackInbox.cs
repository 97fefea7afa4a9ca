using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>
/// Where <c>MapOctaveCallbacks</c> stores an accepted callback before it answers Octave. Without one, the receiver
/// de-duplicates in its <see cref="ICallbackDeduplicator"/> and queues the callback in memory; a durable inbox
/// (the Redis package registers one) instead keeps it where a crash cannot lose it and where any instance can
/// handle it. The receiver answers 200 only after <see cref="TryAcceptAsync"/> returned, and 503 when it threw,
/// so Octave sends the callback again.
/// </summary>
public interface IOctaveCallbackInbox
{
    /// <summary>Stores a callback for handling, unless the same delivery was stored before.</summary>
    /// <param name="callback">The parsed callback.</param>
    /// <param name="cancellationToken">Signalled when the request is aborted.</param>
    /// <returns>True when the callback was stored for handling; false when it repeats one already stored.</returns>
    /// <exception cref="System.Exception">Any exception means the callback was not stored; the receiver answers 503.</exception>
    ValueTask<bool> TryAcceptAsync(OctaveCallback callback, CancellationToken cancellationToken = default);
}
