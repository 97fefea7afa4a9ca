using System;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Conversations;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <content>The turn loop: ask for the next message while the workflow waits, until it ends or a guard trips.</content>
public sealed partial class InteractlySession
{
    /// <summary>
    /// Drives the conversation: while the workflow waits for input, asks <paramref name="nextInput"/> for the next
    /// message and sends it. A null message stops the session. Returns when the run ends, when
    /// <see cref="ConversationLoopOptions.MaxTurns"/> messages have been sent, when the delegate takes longer than
    /// <see cref="ConversationLoopOptions.IdleTimeout"/> (the session is then stopped), or when the workflow stops
    /// asking for input.
    /// </summary>
    /// <param name="nextInput">Given the latest turn, returns the user's next message, or null to stop.</param>
    /// <param name="options">Loop guards; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the loop (throws <see cref="OperationCanceledException"/>); the session is left as it is.</param>
    /// <returns>Every turn and line, the final status and why the loop ended.</returns>
    /// <exception cref="InvalidOperationException">The session has no turn to answer yet (a resumed session: send a message first).</exception>
    public async Task<ConversationTranscript> RunAsync(
        Func<InteractlyTurn, CancellationToken, ValueTask<string?>> nextInput,
        ConversationLoopOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Argument.NotNull(nextInput, nameof(nextInput));
        options ??= new ConversationLoopOptions();
        Argument.InRange(options.MaxTurns, 0, int.MaxValue, nameof(options.MaxTurns));
        if (options.IdleTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.IdleTimeout, "IdleTimeout must be positive.");
        }

        ThrowIfDisposed();
        var sent = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = LastTurn ?? throw new InvalidOperationException(
                $"The Interactly session for run '{RunId}' has no turn to answer yet; send a message with SendAsync before running the loop.");
            if (HasEnded)
            {
                return Finish(EndReasonForEndedRun());
            }

            if (!turn.IsWaitingForInput)
            {
                return Finish(ConversationEndReason.NotWaitingForInput);
            }

            if (sent >= options.MaxTurns)
            {
                return Finish(ConversationEndReason.MaxTurnsReached);
            }

            var (timedOut, message) = await AskAsync(nextInput, turn, options.IdleTimeout, cancellationToken).ConfigureAwait(false);
            if (timedOut)
            {
                await StopAsync(cancellationToken).ConfigureAwait(false);
                return Finish(ConversationEndReason.IdleTimeout);
            }

            if (message is null)
            {
                await StopAsync(cancellationToken).ConfigureAwait(false);
                return Finish(ConversationEndReason.Stopped);
            }

            await SendAsync(message, cancellationToken).ConfigureAwait(false);
            sent++;
        }
    }

    private async Task<(bool TimedOut, string? Message)> AskAsync(
        Func<InteractlyTurn, CancellationToken, ValueTask<string?>> nextInput,
        InteractlyTurn turn,
        TimeSpan idleTimeout,
        CancellationToken cancellationToken)
    {
        using var idle = TimeProviderTasks.CancelAfter(_options.TimeProvider, idleTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        var input = InvokeAsync(nextInput, turn, linked.Token);

        // Race the delegate against the idle timer so that a delegate ignoring its token cannot hang the loop.
        var expired = Task.Delay(Timeout.InfiniteTimeSpan, linked.Token);
        var first = await Task.WhenAny(input, expired).ConfigureAwait(false);
        if (first == input)
        {
            linked.Cancel();
            try
            {
                return (false, await input.ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return (true, null);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        _ = input.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return (true, null);
    }

    private static Task<string?> InvokeAsync(
        Func<InteractlyTurn, CancellationToken, ValueTask<string?>> nextInput, InteractlyTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            return nextInput(turn, cancellationToken).AsTask();
        }
#pragma warning disable CA1031 // The delegate's synchronous failure is surfaced through the returned task, like an async one.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromException<string?>(exception);
        }
    }

    private ConversationEndReason EndReasonForEndedRun()
    {
        bool stopped;
        lock (_sync)
        {
            stopped = _stopped;
        }

        var status = Status;
        if (status == InteractlyRunStatus.Failed)
        {
            return ConversationEndReason.Failed;
        }

        if (status == InteractlyRunStatus.AbortedLoopingRisk)
        {
            return ConversationEndReason.AbortedLoopingRisk;
        }

        if (stopped)
        {
            return ConversationEndReason.Stopped;
        }

        return status == InteractlyRunStatus.Cancelled ? ConversationEndReason.Cancelled : ConversationEndReason.Completed;
    }

    private ConversationTranscript Finish(ConversationEndReason reason)
    {
        var last = LastTurn;
        return new ConversationTranscript(RunId, Turns, Transcript, Status, reason, last?.Error);
    }
}
