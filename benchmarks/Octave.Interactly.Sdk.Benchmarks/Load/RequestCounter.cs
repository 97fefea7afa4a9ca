using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Counts requests by method and path on the client side. The emulator's journal keeps only its newest 10,000
/// entries and its CLI has no flag to raise that, so at 10,000 runs the journal cannot answer "how many"; this can.
/// </summary>
internal sealed class RequestCounter : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, Counter> _counts = new(StringComparer.Ordinal);

    public RequestCounter(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>Requests sent whose method and path (query excluded) are exactly these.</summary>
    public long Count(string method, string path) => _counts.TryGetValue(method + " " + path, out var counter) ? Interlocked.Read(ref counter.Value) : 0;

    public IReadOnlyDictionary<string, long> Snapshot() =>
        _counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(pair => pair.Key, pair => Interlocked.Read(ref pair.Value.Value), StringComparer.Ordinal);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = request.Method.Method + " " + request.RequestUri!.AbsolutePath;
        Interlocked.Increment(ref _counts.GetOrAdd(key, static _ => new Counter()).Value);
        return base.SendAsync(request, cancellationToken);
    }

    private sealed class Counter
    {
        public long Value;
    }
}
