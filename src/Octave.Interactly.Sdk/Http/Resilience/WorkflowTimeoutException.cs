using System;
using System.Globalization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A call did not get an answer in time: every attempt it was allowed timed out, or the total timeout ran out.
/// A job-starting POST that timed out after being sent surfaces as <see cref="WorkflowOutcomeUnknownException"/>
/// (with this as its inner exception) instead, because the server may have acted on it.
/// </summary>
public class WorkflowTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="service">The API the call went to.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="route">The route template.</param>
    /// <param name="timeout">The timeout that ran out.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="innerException">The timeout strategy's exception.</param>
    public WorkflowTimeoutException(WorkflowService service, string method, string route, TimeSpan timeout, int attempts, Exception? innerException)
        : base(
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1} {2} timed out after {3} attempt(s); the timeout that ran out was {4:0.###} s.",
                service,
                method,
                route,
                attempts,
                timeout.TotalSeconds),
            innerException)
    {
        Service = service;
        Method = method;
        Route = route;
        Timeout = timeout;
        Attempts = attempts;
    }

    /// <summary>The API the call went to.</summary>
    public WorkflowService Service { get; }

    /// <summary>The HTTP method of the call.</summary>
    public string Method { get; }

    /// <summary>The route template of the call (ids left as placeholders).</summary>
    public string Route { get; }

    /// <summary>The timeout that ran out: the per-attempt or the total timeout.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }
}
