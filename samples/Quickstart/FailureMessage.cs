using System;
using System.Net.Http;
using Octave.Interactly.Sdk;

namespace Quickstart;

/// <summary>Turns what can go wrong into one line a developer can act on.</summary>
internal static class FailureMessage
{
    public static string Describe(Exception exception, bool stopped, TimeSpan limit) => exception switch
    {
        OperationCanceledException when stopped => $"stopped before finishing (the {limit.TotalSeconds:0} s limit passed, or Ctrl+C).",
        WorkflowApiException api => api.Message,
        OctaveRunTimeoutException timeout => timeout.Message,
        OctaveRunFailedException failed => failed.Message,
        WorkflowOutcomeUnknownException unknown => unknown.Message,
        HttpRequestException http => $"could not reach the API ({http.Message}). Check OCTAVE_BASE_URL / INTERACTLY_BASE_URL.",
        ArgumentException argument => $"invalid setting: {argument.Message}",
        InvalidOperationException invalid => invalid.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
