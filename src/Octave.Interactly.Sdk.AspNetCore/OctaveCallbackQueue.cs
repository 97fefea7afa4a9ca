using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>
/// The bounded hand-off between the request path, which only accepts callbacks, and the dispatcher,
/// which runs the completion registry and the handlers.
/// </summary>
internal sealed class OctaveCallbackQueue
{
    private readonly Channel<OctaveCallback> _channel;

    public OctaveCallbackQueue(IOptions<OctaveCallbackReceiverOptions> options)
    {
        _channel = Channel.CreateBounded<OctaveCallback>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Queues a callback, waiting for room when full. False when the queue no longer accepts work (shutting down) or the wait was cancelled.</summary>
    public async ValueTask<bool> TryEnqueueAsync(OctaveCallback callback, CancellationToken cancellationToken)
    {
        if (_channel.Writer.TryWrite(callback))
        {
            return true;
        }

        try
        {
            while (await _channel.Writer.WaitToWriteAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_channel.Writer.TryWrite(callback))
                {
                    return true;
                }
            }

            return false;
        }
        catch (System.OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Every queued callback, until <see cref="Complete"/> is called and the queue is drained.</summary>
    public IAsyncEnumerable<OctaveCallback> ReadAllAsync() => _channel.Reader.ReadAllAsync();

    public void Complete() => _channel.Writer.TryComplete();
}
