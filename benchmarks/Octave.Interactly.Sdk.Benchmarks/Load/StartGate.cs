using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Bounds how many workflow starts are unanswered at once, and counts the answered ones. A launcher takes a permit
/// (<see cref="EnterAsync"/>) before each <c>RunWorkflowAsync</c>; the permit comes back when that call's start
/// request is answered. Without it, 100,000 calls begun together would queue 100,000 requests in the connection
/// pool, and the peak working set would measure queued requests rather than waits.
/// </summary>
internal sealed class StartGate : DelegatingHandler
{
    private const string StartPath = "/api/v2/workflows/run";

    private readonly SemaphoreSlim _permits;
    private readonly int _capacity;
    private long _answered;

    public StartGate(HttpMessageHandler inner, int capacity)
        : base(inner)
    {
        _capacity = capacity;
        // No maximum: a start request sent twice (it is not, today) releases twice rather than throwing.
        _permits = new SemaphoreSlim(capacity);
    }

    /// <summary>Start requests answered with a success status.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>True when no start request is waiting for its answer.</summary>
    public bool Idle => _permits.CurrentCount >= _capacity;

    public Task EnterAsync() => _permits.WaitAsync();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri!.AbsolutePath != StartPath)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _answered);
            }

            return response;
        }
        finally
        {
            _permits.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _permits.Dispose();
        }

        base.Dispose(disposing);
    }
}
