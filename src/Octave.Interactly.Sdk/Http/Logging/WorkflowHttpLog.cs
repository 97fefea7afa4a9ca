using System;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Http.Logging;

/// <summary>
/// Every log line the HTTP pipeline writes, source-generated so that a disabled level costs nothing. Lines carry
/// the route template (ids left as placeholders), never the concrete path, headers, keys or bodies.
/// </summary>
internal static partial class WorkflowHttpLog
{
    /// <summary>The logger category of the HTTP pipeline.</summary>
    public const string Category = SdkInfo.Name + ".Http";

    [LoggerMessage(EventId = 1001, EventName = "RequestStarting", Level = LogLevel.Debug,
        Message = "{Service} {Method} {Route} attempt {Attempt} starting")]
    public static partial void RequestStarting(ILogger logger, WorkflowService service, string method, string route, int attempt);

    [LoggerMessage(EventId = 1002, EventName = "RequestCompleted", Level = LogLevel.Information,
        Message = "{Service} {Method} {Route} attempt {Attempt} answered {StatusCode} in {DurationMs:0.0} ms")]
    public static partial void RequestCompleted(ILogger logger, WorkflowService service, string method, string route, int attempt, int statusCode, double durationMs);

    [LoggerMessage(EventId = 1003, EventName = "RequestFailed", Level = LogLevel.Warning,
        Message = "{Service} {Method} {Route} attempt {Attempt} failed after {DurationMs:0.0} ms with {ErrorType}")]
    public static partial void RequestFailed(ILogger logger, WorkflowService service, string method, string route, int attempt, double durationMs, string errorType, Exception exception);

    [LoggerMessage(EventId = 1004, EventName = "RetryScheduled", Level = LogLevel.Warning,
        Message = "{Service} {Method} {Route} attempt {Attempt} will be retried in {DelayMs:0} ms ({Reason})")]
    public static partial void RetryScheduled(ILogger logger, WorkflowService service, string method, string route, int attempt, double delayMs, string reason);

    [LoggerMessage(EventId = 1005, EventName = "CircuitOpened", Level = LogLevel.Error,
        Message = "{Service} circuit breaker opened for {BreakMs:0} ms after repeated failures (last: {Method} {Route})")]
    public static partial void CircuitOpened(ILogger logger, WorkflowService service, string method, string route, double breakMs);

    [LoggerMessage(EventId = 1006, EventName = "CircuitClosed", Level = LogLevel.Information,
        Message = "{Service} circuit breaker closed: calls flow again")]
    public static partial void CircuitClosed(ILogger logger, WorkflowService service);

    [LoggerMessage(EventId = 1007, EventName = "CircuitRejected", Level = LogLevel.Warning,
        Message = "{Service} {Method} {Route} was not sent: the circuit breaker is open")]
    public static partial void CircuitRejected(ILogger logger, WorkflowService service, string method, string route);

    [LoggerMessage(EventId = 1008, EventName = "RequestTimedOut", Level = LogLevel.Warning,
        Message = "{Service} {Method} {Route} timed out after {Attempts} attempt(s) (timeout {TimeoutMs:0} ms)")]
    public static partial void RequestTimedOut(ILogger logger, WorkflowService service, string method, string route, int attempts, double timeoutMs);
}
