using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>Passes through to the SDK's deduplicator and counts the deliveries it rejected as repeats.</summary>
internal sealed class CountingDeduplicator : ICallbackDeduplicator
{
    private readonly ICallbackDeduplicator _inner;
    private long _duplicates;

    public CountingDeduplicator(ICallbackDeduplicator inner) => _inner = inner;

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public async ValueTask<bool> TryMarkFirstAsync(string key, CancellationToken cancellationToken = default)
    {
        var first = await _inner.TryMarkFirstAsync(key, cancellationToken);
        if (!first)
        {
            Interlocked.Increment(ref _duplicates);
        }

        return first;
    }

    public ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default) => _inner.ForgetAsync(key, cancellationToken);
}
