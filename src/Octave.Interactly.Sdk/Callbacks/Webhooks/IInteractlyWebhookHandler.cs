using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Application code that acts on verified Interactly webhook deliveries. The ASP.NET Core receiver
/// (<c>MapInteractlyWebhooks</c>) calls every registered handler before it answers, and answers 500 when one throws,
/// so Interactly retries: keep handlers quick (queue long work) and idempotent on <see cref="InteractlyWebhookDelivery.EventId"/>.
/// </summary>
public interface IInteractlyWebhookHandler
{
    /// <summary>Handles one delivery.</summary>
    /// <param name="delivery">The verified delivery.</param>
    /// <param name="cancellationToken">Signalled when the request is aborted.</param>
    /// <returns>A task that completes when the delivery is handled.</returns>
    Task HandleAsync(InteractlyWebhookDelivery delivery, CancellationToken cancellationToken = default);
}
