using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Tells a first callback delivery from a repeat. Octave delivers callbacks at least once, so the same
/// run and status can arrive several times; a receiver acts only on the delivery for which
/// <see cref="TryMarkFirstAsync"/> returns true. Keys are <see cref="OctaveCallback.DeduplicationKey"/>
/// (run id plus status). Implementations must be thread-safe.
/// </summary>
/// <remarks>
/// <see cref="InMemoryCallbackDeduplicator"/> serves one process; <see cref="DistributedCacheCallbackDeduplicator"/>
/// lets several instances behind a load balancer share what they have seen.
/// </remarks>
public interface ICallbackDeduplicator
{
    /// <summary>Records a key and says whether this was the first time it was seen (within the retention window).</summary>
    /// <param name="key">The de-duplication key, e.g. <see cref="OctaveCallback.DeduplicationKey"/>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>True for the first delivery of the key; false for a repeat.</returns>
    ValueTask<bool> TryMarkFirstAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets a key, so that its next delivery counts as first again. A receiver calls this when it marked a
    /// delivery as first but could not accept it (the work queue was shut down, say): the sender's retry must
    /// then be handled rather than dropped as a repeat.
    /// </summary>
    /// <param name="key">The de-duplication key.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the key is forgotten.</returns>
    ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default);
}
