using System.Net.Http;

namespace Octave.Interactly.Sdk.Http.Logging;

/// <summary>
/// The attempts of one request message. The resilience pipeline re-sends the same message for a retry; the
/// telemetry handler, which runs once per attempt, counts them here, and notes when the first one began, so that
/// logs, metrics, the retry delays and the SDK's timeout exceptions can tell a first attempt from a retry. Both live
/// in one object under one request option: the message's option table then stays within its first size.
/// </summary>
internal sealed class HttpAttempt
{
    private HttpAttempt(long firstStarted) => FirstStartedAt = firstStarted;

    private int Count { get; set; }

    private long FirstStartedAt { get; }

    /// <summary>Counts one more attempt and returns its number (1 for the first).</summary>
    /// <param name="request">The request.</param>
    /// <param name="timestamp">Now, as a <see cref="System.TimeProvider"/> timestamp; kept for the first attempt.</param>
    public static int Next(HttpRequestMessage request, long timestamp)
    {
        var attempts = Of(request);
        if (attempts is null)
        {
            attempts = new HttpAttempt(timestamp);
            Store(request, attempts);
        }

        return ++attempts.Count;
    }

    /// <summary>How many attempts were made so far (0 before the first).</summary>
    public static int Get(HttpRequestMessage request) => Of(request)?.Count ?? 0;

    /// <summary>When the first attempt began, as a <see cref="System.TimeProvider"/> timestamp; null before it.</summary>
    public static long? FirstStarted(HttpRequestMessage request) => Of(request)?.FirstStartedAt;

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<HttpAttempt> Key = new("Octave.Interactly.Sdk.Attempts");

    private static HttpAttempt? Of(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var attempts) ? attempts : null;

    private static void Store(HttpRequestMessage request, HttpAttempt attempts) => request.Options.Set(Key, attempts);
#else
    private const string Key = "Octave.Interactly.Sdk.Attempts";

    private static HttpAttempt? Of(HttpRequestMessage request) =>
        request.Properties.TryGetValue(Key, out var stored) ? stored as HttpAttempt : null;

    private static void Store(HttpRequestMessage request, HttpAttempt attempts) => request.Properties[Key] = attempts;
#endif
}
