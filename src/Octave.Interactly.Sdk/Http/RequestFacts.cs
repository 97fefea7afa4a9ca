using System.Collections.Generic;
using System.Net.Http;
using Refit;

namespace Octave.Interactly.Sdk.Http;

/// <summary>
/// What the handlers need to know about a request that the message itself does not say, read from the options
/// Refit's generated code puts on it: the route template (for logs and metrics, free of ids), the endpoint
/// method, whether it starts work, and the caller's <see cref="WorkflowRequestOptions"/>.
/// </summary>
internal static class RequestFacts
{
    /// <summary>The request-option key under which endpoint methods pass their <see cref="WorkflowRequestOptions"/>.</summary>
    public const string RequestOptionsKey = "Octave.Interactly.Sdk.RequestOptions";

    /// <summary>
    /// The endpoint methods whose POST starts an Octave job or an Interactly turn: re-sent only when the server surely
    /// did not act on it, and reported as outcome-unknown when an answer was lost.
    /// </summary>
    private static readonly HashSet<string> WorkStartingMethods = new()
    {
        nameof(IOctaveApi.RunWorkflowAsync),
        nameof(IOctaveApi.RunAgentAsync),
        nameof(IOctaveApi.GenerateEmailsAsync),
        nameof(IInteractlyApi.ExecuteAsync),
        nameof(IInteractlyApi.PumpCompanionsAsync),
        nameof(IInteractlyApi.StartOrResumeRunAsync),
    };

    /// <summary>The path with ids left as placeholders, e.g. <c>/v1/workflows/{workflow_id}/execute</c>.</summary>
    public static string Route(HttpRequestMessage request) =>
        Get<string>(request, HttpRequestMessageOptions.RelativePathTemplate) ?? request.RequestUri?.AbsolutePath ?? "(unknown route)";

    public static bool StartsWork(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post
        && Get<string>(request, HttpRequestMessageOptions.MethodName) is { } method
        && WorkStartingMethods.Contains(method);

    /// <summary>The endpoint method's name, e.g. <c>RateTurnAsync</c>; null when Refit did not record it.</summary>
    public static string? MethodName(HttpRequestMessage request) => Get<string>(request, HttpRequestMessageOptions.MethodName);

    public static WorkflowRequestOptions? Options(HttpRequestMessage request) => Get<WorkflowRequestOptions>(request, RequestOptionsKey);

    private static T? Get<T>(HttpRequestMessage request, string key)
        where T : class
    {
#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(new HttpRequestOptionsKey<T>(key), out var value) ? value : null;
#else
        return request.Properties.TryGetValue(key, out var value) ? value as T : null;
#endif
    }
}
