using System;
using System.Net.Http;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// The HttpClient a service would hold for thousands of concurrent calls: one pooled handler, a bounded number of
/// connections (HTTP/1.1 needs one per request in flight, and 10,000 sockets each side would hit the descriptor
/// limit), and a request counter in front.
/// </summary>
internal static class LoadHttp
{
    public static (HttpClient Client, RequestCounter Counter) Create(int maxConnections)
    {
        var counter = new RequestCounter(Pool(maxConnections));

        // The pipeline, not HttpClient, owns timeouts in the SDK; a stuck request here should fail the run loudly.
        return (new HttpClient(counter) { Timeout = TimeSpan.FromMinutes(5) }, counter);
    }

    /// <summary>The same, with a <see cref="StartGate"/> of <paramref name="maxConnections"/> permits in front.</summary>
    public static (HttpClient Client, RequestCounter Counter, StartGate Gate) CreateGated(int maxConnections)
    {
        var counter = new RequestCounter(Pool(maxConnections));
        var gate = new StartGate(counter, maxConnections);
        return (new HttpClient(gate) { Timeout = TimeSpan.FromMinutes(5) }, counter, gate);
    }

    private static SocketsHttpHandler Pool(int maxConnections) => new()
    {
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
    };
}
