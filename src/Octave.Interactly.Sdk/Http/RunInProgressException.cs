using System;
using System.Net;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Interactly answered <c>409 Conflict</c> to a comment or rating because the run is still in progress: feedback is
/// accepted once the run has finished. Retrying right away will not help; wait for the run to end.
/// </summary>
public sealed class RunInProgressException : WorkflowApiException
{
    private static readonly System.Collections.Generic.HashSet<string> FeedbackMethods = new(StringComparer.Ordinal)
    {
        nameof(IInteractlyApi.AddRunCommentAsync),
        nameof(IInteractlyApi.DeleteRunCommentAsync),
        nameof(IInteractlyApi.AddTurnCommentAsync),
        nameof(IInteractlyApi.DeleteTurnCommentAsync),
        nameof(IInteractlyApi.AddEventCommentAsync),
        nameof(IInteractlyApi.DeleteEventCommentAsync),
        nameof(IInteractlyApi.RateTurnAsync),
        nameof(IInteractlyApi.DeleteTurnRatingAsync),
        nameof(IInteractlyApi.RateEventAsync),
        nameof(IInteractlyApi.DeleteEventRatingAsync),
    };

    /// <summary>Creates the exception from the 409 answer's details.</summary>
    /// <param name="conflict">The error the answer was first mapped to.</param>
    public RunInProgressException(WorkflowApiException conflict)
        : base(
            (conflict ?? throw new ArgumentNullException(nameof(conflict))).Service,
            conflict.Method,
            conflict.Path,
            conflict.StatusCode,
            conflict.ApiMessage ?? "The run is still in progress; comments and ratings are accepted once it has finished.",
            conflict.RequestId,
            conflict.RetryAfter,
            conflict.ResponseBody,
            conflict.ExternalRequestId)
    {
    }

    /// <summary>True when a failed feedback call should become this exception: a 409 from a comment or rating endpoint.</summary>
    internal static bool Applies(HttpStatusCode status, string? endpointMethod) =>
        status == HttpStatusCode.Conflict && endpointMethod is not null && FeedbackMethods.Contains(endpointMethod);

}
