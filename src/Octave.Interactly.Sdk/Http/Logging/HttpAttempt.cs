using System.Net.Http;

namespace Octave.Interactly.Sdk.Http.Logging;

/// <summary>
/// The attempt number of one request message, set by the resilience handler on every copy it sends so that the
/// handlers inside it (logging, metrics, the user's own) can tell a first attempt from a retry.
/// </summary>
internal static class HttpAttempt
{
#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<int> Key = new("Octave.Interactly.Sdk.Attempt");

    public static void Set(HttpRequestMessage request, int attempt) => request.Options.Set(Key, attempt);

    public static int Get(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var attempt) ? attempt : 1;
#else
    private const string Key = "Octave.Interactly.Sdk.Attempt";

    public static void Set(HttpRequestMessage request, int attempt) => request.Properties[Key] = attempt;

    public static int Get(HttpRequestMessage request) =>
        request.Properties.TryGetValue(Key, out var attempt) && attempt is int number ? number : 1;
#endif
}
