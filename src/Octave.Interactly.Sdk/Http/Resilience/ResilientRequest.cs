using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Http.Logging;
using Polly;

namespace Octave.Interactly.Sdk.Http.Resilience;

/// <summary>
/// One logical request as the resilience pipeline sees it: what it is (service, method, route, whether it starts
/// work), when it began, how many attempts were made, and the body bytes every attempt re-sends.
/// </summary>
internal sealed class ResilientRequest
{
    /// <summary>Where the pipeline's predicates and callbacks find the request.</summary>
    public static readonly ResiliencePropertyKey<ResilientRequest> Key = new("Octave.Interactly.Sdk.Request");

    private readonly HttpRequestMessage _original;
    private readonly byte[]? _body;
    private int _attempts;

    private ResilientRequest(HttpRequestMessage original, WorkflowService service, byte[]? body, long startTimestamp, TimeSpan totalTimeout)
    {
        _original = original;
        _body = body;
        var info = WorkflowRequestInfo.From(original);
        Service = info?.Service ?? service;
        Route = info?.RouteTemplate ?? "(unknown route)";
        StartsWork = info?.StartsWork ?? false;
        StartTimestamp = startTimestamp;
        TotalTimeout = totalTimeout;
    }

    public WorkflowService Service { get; }

    public HttpMethod Method => _original.Method;

    public string Route { get; }

    public bool StartsWork { get; }

    public long StartTimestamp { get; }

    public TimeSpan TotalTimeout { get; }

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Reads the body once, so that every attempt sends the same bytes even when the content is a one-shot stream.</summary>
    public static async Task<ResilientRequest> CreateAsync(
        HttpRequestMessage request, WorkflowService service, long startTimestamp, TimeSpan totalTimeout, CancellationToken cancellationToken)
    {
        byte[]? body = null;
        if (request.Content is { } content)
        {
#if NET8_0_OR_GREATER
            body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            body = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
        }

        return new ResilientRequest(request, service, body, startTimestamp, totalTimeout);
    }

    /// <summary>The time left before the total timeout, never negative.</summary>
    public TimeSpan Remaining(TimeProvider timeProvider)
    {
        var left = TotalTimeout - timeProvider.GetElapsedTime(StartTimestamp);
        return left < TimeSpan.Zero ? TimeSpan.Zero : left;
    }

    /// <summary>
    /// A fresh message for the next attempt: a message can be sent only once, and handlers inside the pipeline
    /// may have changed the previous one. Method, URI, version, headers, content headers and options are copied.
    /// </summary>
    public HttpRequestMessage NextAttempt()
    {
        var attempt = Interlocked.Increment(ref _attempts);
        var copy = new HttpRequestMessage(_original.Method, _original.RequestUri) { Version = _original.Version };
#if NET5_0_OR_GREATER
        copy.VersionPolicy = _original.VersionPolicy;
        var options = (IDictionary<string, object?>)copy.Options;
        foreach (var option in _original.Options)
        {
            options[option.Key] = option.Value;
        }
#else
        foreach (var property in _original.Properties)
        {
            copy.Properties[property.Key] = property.Value;
        }
#endif
        foreach (var header in _original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (_body is not null)
        {
            var content = new ByteArrayContent(_body);
            foreach (var header in _original.Content!.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            copy.Content = content;
        }

        HttpAttempt.Set(copy, attempt);
        return copy;
    }
}
