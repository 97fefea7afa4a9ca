namespace Octave.Interactly.Sdk;

/// <summary>Per-call settings that apply to a single HTTP request.</summary>
public sealed class WorkflowRequestOptions
{
    /// <summary>
    /// A caller-chosen id sent as <c>x-external-request-id</c> so the request can be traced on both sides.
    /// It is echoed on <see cref="WorkflowApiException.ExternalRequestId"/> when the call fails.
    /// The server does not use it to suppress duplicates.
    /// </summary>
    public string? ExternalRequestId { get; set; }
}
