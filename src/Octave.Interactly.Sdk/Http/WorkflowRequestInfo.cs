using System.Net.Http;

namespace Octave.Interactly.Sdk.Http;

/// <summary>
/// What the handlers in the HTTP pipeline need to know about a request that the message itself does not say:
/// which API it is for, its route template (for logs and metrics, free of ids), and whether re-sending it is safe.
/// </summary>
internal sealed class WorkflowRequestInfo
{
    public WorkflowRequestInfo(WorkflowService service, string routeTemplate, bool startsWork, string? externalRequestId)
    {
        Service = service;
        RouteTemplate = routeTemplate;
        StartsWork = startsWork;
        ExternalRequestId = externalRequestId;
    }

    public WorkflowService Service { get; }

    /// <summary>The path with ids left as placeholders, e.g. <c>/v1/workflows/{workflow_id}/execute</c>.</summary>
    public string RouteTemplate { get; }

    /// <summary>
    /// True for a POST that starts an Octave job or an Interactly turn: it is re-sent only when the server
    /// surely did not act on it (429, or a connection that failed before sending).
    /// </summary>
    public bool StartsWork { get; }

    public string? ExternalRequestId { get; }

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<WorkflowRequestInfo> Key = new("Octave.Interactly.Sdk.RequestInfo");

    public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);

    public static WorkflowRequestInfo? From(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var info) ? info : null;
#else
    private const string Key = "Octave.Interactly.Sdk.RequestInfo";

    public void AttachTo(HttpRequestMessage request) => request.Properties[Key] = this;

    public static WorkflowRequestInfo? From(HttpRequestMessage request) =>
        request.Properties.TryGetValue(Key, out var info) ? info as WorkflowRequestInfo : null;
#endif
}
