using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Application code that acts on Octave callbacks. A receiver (for example the ASP.NET Core package's
/// <c>MapOctaveCallbacks</c>) calls every registered handler once per de-duplicated callback, after it has
/// already answered Octave, so a handler may take its time. Across several receiver instances that share a
/// distributed deduplicator a rare repeat is possible: make handlers idempotent on <see cref="OctaveCallback.RunId"/>.
/// </summary>
public interface IOctaveCallbackHandler
{
    /// <summary>Handles one callback.</summary>
    /// <param name="callback">The parsed callback.</param>
    /// <param name="cancellationToken">Signalled when the receiver shuts down.</param>
    /// <returns>A task that completes when the callback is handled.</returns>
    Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default);
}
