using System.Net.Http;

namespace Octave.Interactly.Sdk.Http.Logging;

/// <summary>
/// The attempts of one request message. The resilience pipeline re-sends the same message for a retry; the
/// telemetry handler, which runs once per attempt, counts them here, and notes when the first one began, so that
/// logs, metrics, the retry delays and the SDK's timeout exceptions can tell a first attempt from a retry.
/// </summary>
internal static class HttpAttempt
{
    /// <summary>Counts one more attempt and returns its number (1 for the first).</summary>
    /// <param name="request">The request.</param>
    /// <param name="timestamp">Now, as a <see cref="System.TimeProvider"/> timestamp; kept for the first attempt.</param>
    public static int Next(HttpRequestMessage request, long timestamp)
    {
        var attempt = Get(request) + 1;
        Set(request, AttemptKey, attempt);
        if (attempt == 1)
        {
            Set(request, StartKey, timestamp);
        }

        return attempt;
    }

    /// <summary>How many attempts were made so far (0 before the first).</summary>
    public static int Get(HttpRequestMessage request) => TryGet(request, AttemptKey, out int attempt) ? attempt : 0;

    /// <summary>When the first attempt began, as a <see cref="System.TimeProvider"/> timestamp; null before it.</summary>
    public static long? FirstStarted(HttpRequestMessage request) => TryGet(request, StartKey, out long started) ? started : null;

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<int> AttemptKey = new("Octave.Interactly.Sdk.Attempt");
    private static readonly HttpRequestOptionsKey<long> StartKey = new("Octave.Interactly.Sdk.FirstAttemptStarted");

    private static void Set<T>(HttpRequestMessage request, HttpRequestOptionsKey<T> key, T value) => request.Options.Set(key, value);

    private static bool TryGet<T>(HttpRequestMessage request, HttpRequestOptionsKey<T> key, out T value) =>
        request.Options.TryGetValue(key, out value!);
#else
    private const string AttemptKey = "Octave.Interactly.Sdk.Attempt";
    private const string StartKey = "Octave.Interactly.Sdk.FirstAttemptStarted";

    private static void Set<T>(HttpRequestMessage request, string key, T value) => request.Properties[key] = value;

    private static bool TryGet<T>(HttpRequestMessage request, string key, out T value)
    {
        if (request.Properties.TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
#endif
}
