using System;
using System.Globalization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The circuit breaker for an API is open after sustained failures, so the call was not sent at all.
/// Safe to retry after <see cref="RetryAfter"/>; nothing reached the server.
/// </summary>
public class WorkflowCircuitOpenException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="service">The API whose breaker is open.</param>
    /// <param name="method">The HTTP method of the rejected call.</param>
    /// <param name="route">The route template of the rejected call.</param>
    /// <param name="retryAfter">How long the breaker is expected to stay open, when known.</param>
    /// <param name="innerException">The breaker's own exception.</param>
    public WorkflowCircuitOpenException(WorkflowService service, string method, string route, TimeSpan? retryAfter, Exception? innerException)
        : base(BuildMessage(service, method, route, retryAfter), innerException)
    {
        Service = service;
        Method = method;
        Route = route;
        RetryAfter = retryAfter;
    }

    /// <summary>The API whose breaker is open.</summary>
    public WorkflowService Service { get; }

    /// <summary>The HTTP method of the rejected call.</summary>
    public string Method { get; }

    /// <summary>The route template of the rejected call (ids left as placeholders).</summary>
    public string Route { get; }

    /// <summary>The remaining break time when the call was rejected, when known.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string BuildMessage(WorkflowService service, string method, string route, TimeSpan? retryAfter) =>
        $"{service} {method} {route} was not sent: the circuit breaker for the {service} API is open after repeated failures" +
        (retryAfter is { } wait
            ? string.Format(CultureInfo.InvariantCulture, "; try again in {0:0.###} s.", Math.Max(0, wait.TotalSeconds))
            : ".");
}
