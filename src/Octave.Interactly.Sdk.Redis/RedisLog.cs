using System;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>The Redis scale-out's log messages (source-generated). None carries a password or a callback body.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "The Redis callback inbox could not be read at {Server}; retrying.")]
    public static partial void ConsumeFailed(ILogger logger, Exception exception, string server);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Callback handler {Handler} failed for run {RunId} (inbox entry {EntryId}, delivery {Attempt} of {MaxAttempts}).")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string runId, string entryId, long attempt, int maxAttempts);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Error, Message = "Moved inbox entry {EntryId} (run {RunId}) to the dead-letter stream after {Attempts} deliveries: {Error}")]
    public static partial void DeadLettered(ILogger logger, string entryId, string runId, long attempts, string error);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Claimed {Count} inbox entries left unacknowledged by other consumers.")]
    public static partial void Claimed(ILogger logger, int count);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Could not subscribe to callback completions at {Server}; waits poll until it succeeds.")]
    public static partial void SubscribeFailed(ILogger logger, Exception exception, string server);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Error, Message = "Completing waiters failed for run {RunId}.")]
    public static partial void CompletionFailed(ILogger logger, Exception exception, string runId);
}
