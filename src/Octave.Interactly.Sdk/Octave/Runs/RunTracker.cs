using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Timing;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The state and the waiting logic behind <see cref="WorkflowRun"/> and <see cref="AgentRun"/>: the last status
/// seen, status polls, the race between the callback registry and the polling loop, and the change feed.
/// Thread-safe: the last status and state are published together as one immutable snapshot.
/// </summary>
internal sealed class RunTracker<TStatus>
    where TStatus : class
{
    private readonly OctaveClient _client;
    private readonly Func<OctaveClient, string, CancellationToken, Task<TStatus>> _fetch;
    private readonly Func<TStatus, OctaveRunState> _infer;
    private readonly Func<TStatus, OctaveRunState, string> _changeKey;
    private readonly bool _pollBeforeFirstDelay;
    private Snapshot _snapshot;

    /// <param name="client">The client whose API, clock, registry and polling settings apply.</param>
    /// <param name="runId">The run.</param>
    /// <param name="kind">Workflow or agent.</param>
    /// <param name="initialState">The state known without polling (from the start answer, or pending).</param>
    /// <param name="pollBeforeFirstDelay">
    /// True for a handle rebuilt from an id or token: the run may have ended long ago, so the first wait polls at
    /// once. A run just started waits the first interval, as Octave advises.
    /// </param>
    /// <param name="fetch">Reads the run's status through the client; static, so a handle holds no closure of its own.</param>
    /// <param name="infer">Infers the state from a status.</param>
    /// <param name="changeKey">What counts as a change for the watch feed.</param>
    public RunTracker(
        OctaveClient client,
        string runId,
        OctaveRunKind kind,
        OctaveRunState initialState,
        bool pollBeforeFirstDelay,
        Func<OctaveClient, string, CancellationToken, Task<TStatus>> fetch,
        Func<TStatus, OctaveRunState> infer,
        Func<TStatus, OctaveRunState, string> changeKey)
    {
        _client = client;
        RunId = runId;
        Kind = kind;
        _pollBeforeFirstDelay = pollBeforeFirstDelay;
        _fetch = fetch;
        _infer = infer;
        _changeKey = changeKey;
        _snapshot = new Snapshot(null, initialState);
    }

    public string RunId { get; }

    public OctaveRunKind Kind { get; }

    public TStatus? LastStatus => Volatile.Read(ref _snapshot).Status;

    public OctaveRunState State => Volatile.Read(ref _snapshot).State;

    public async Task<TStatus> UpdateAsync(CancellationToken cancellationToken)
    {
        using var activity = RunTelemetry.StartPoll(Kind, RunId);
        var status = await _fetch(_client, RunId, cancellationToken).ConfigureAwait(false);
        Publish(status, _infer(status));
        return status;
    }

    public async Task<RunOutcome<TStatus>> WaitAsync(PollingOptions? polling, CancellationToken cancellationToken)
    {
        var options = _client.ResolvePolling(polling, expectCallback: _client.ReceivesCallbacks);
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = RunTelemetry.StartWait(Kind, RunId);
        try
        {
            var outcome = await WaitCoreAsync(options, activity, cancellationToken).ConfigureAwait(false);
            RunTelemetry.Completed(activity, Kind, outcome.State, outcome.CompletedBy);
            return outcome;
        }
        catch (Exception exception)
        {
            RunTelemetry.WaitFailed(activity, exception);
            throw;
        }
    }

    public async IAsyncEnumerable<(OctaveRunState State, TStatus Status)> WatchAsync(
        PollingOptions? polling, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Watching is about seeing changes, so it polls at the normal pace even when a callback is expected.
        var options = _client.ResolvePolling(polling, expectCallback: false);
        var schedule = PollingSchedule.ForResolvedOptions(options);
        var time = _client.TimeProvider;
        var deadline = options.Timeout is { } timeout ? time.GetUtcNow() + timeout : (DateTimeOffset?)null;
        string? lastKey = null;
        var attempt = 0;
        while (true)
        {
            TimeSpan? retryAfter = null;
            TStatus? status = null;
            try
            {
                status = await UpdateAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (TransientPollFailure.IsTransient(exception, cancellationToken, out retryAfter))
            {
            }

            if (status is not null)
            {
                var state = _infer(status);
                var key = _changeKey(status, state);
                if (!string.Equals(key, lastKey, StringComparison.Ordinal))
                {
                    lastKey = key;
                    yield return (state, status);
                }

                if (state.IsTerminal)
                {
                    yield break;
                }
            }

            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw Timeout(options);
            }

            await TimeProviderTasks.Delay(time, schedule.GetDelay(attempt++, retryAfter, remaining), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RunOutcome<TStatus>> WaitCoreAsync(PollingOptions options, Activity? activity, CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _snapshot);
        if (known.State.IsTerminal)
        {
            return new RunOutcome<TStatus>(known.State, known.Status, known.Callback);
        }

        var completions = _client.Completions;
        // Asks the shared store too, when there is one: the callback may have reached another instance already.
        if (await completions.FindCompletedAsync(RunId, cancellationToken).ConfigureAwait(false) is { } early)
        {
            return FromCallback(early, activity);
        }

        var time = _client.TimeProvider;
        var deadlineAt = options.Timeout is { } timeout ? time.GetUtcNow() + timeout : (DateTimeOffset?)null;
        // Only the sources a wait needs: a deadline when it has a timeout, a link when the caller can cancel. Each
        // costs a few hundred bytes per wait, and a service may hold 100,000 waits at once.
        using var deadline = options.Timeout is { } limit ? TimeProviderTasks.CancelAfter(time, limit) : null;
        using var race = deadline is not null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token)
            : cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : new CancellationTokenSource();

        var polls = PollUntilEndedAsync(options, deadlineAt, race.Token);
        var callback = completions.WaitAsync(RunId, race.Token);
        var first = await Task.WhenAny(callback, polls).ConfigureAwait(false);

        // The loser is stopped and awaited, so no poll or registry wait outlives this call.
        race.Cancel();
        try
        {
            await Task.WhenAll(callback, polls).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Each task's own outcome is read below.
        }

        if (callback.Status == TaskStatus.RanToCompletion)
        {
            return FromCallback(callback.Result, activity);
        }

        if (polls.Status == TaskStatus.RanToCompletion)
        {
            return polls.Result;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (first.Exception?.InnerException is { } failure and not OperationCanceledException)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        if (deadline?.IsCancellationRequested == true)
        {
            throw Timeout(options);
        }

        if (polls.Exception?.InnerException is { } pollFailure)
        {
            ExceptionDispatchInfo.Capture(pollFailure).Throw();
        }

        throw new OperationCanceledException(cancellationToken);
    }

    private async Task<RunOutcome<TStatus>> PollUntilEndedAsync(PollingOptions options, DateTimeOffset? deadlineAt, CancellationToken cancellationToken)
    {
        var schedule = PollingSchedule.ForResolvedOptions(options);
        var time = _client.TimeProvider;
        var pollNow = _pollBeforeFirstDelay && LastStatus is null;
        var attempt = 0;
        TimeSpan? retryAfter = null;
        while (true)
        {
            if (!pollNow)
            {
                var remaining = deadlineAt - time.GetUtcNow();
                if (remaining <= TimeSpan.Zero)
                {
                    throw Timeout(options);
                }

                await TimeProviderTasks.Delay(time, schedule.GetDelay(attempt++, retryAfter, remaining), cancellationToken).ConfigureAwait(false);
                if (deadlineAt <= time.GetUtcNow())
                {
                    throw Timeout(options);
                }
            }

            pollNow = false;
            retryAfter = null;
            try
            {
                await UpdateAsync(cancellationToken).ConfigureAwait(false);
                var seen = Volatile.Read(ref _snapshot);
                if (seen.State.IsTerminal)
                {
                    return new RunOutcome<TStatus>(seen.State, seen.Status, null);
                }
            }
            catch (Exception exception) when (TransientPollFailure.IsTransient(exception, cancellationToken, out retryAfter))
            {
            }
        }
    }

    private RunOutcome<TStatus> FromCallback(OctaveCallback callback, Activity? activity)
    {
        RunTelemetry.CallbackArrived(activity, callback);
        var state = RunOutcome<TStatus>.StateOf(callback);
        Snapshot current;
        Snapshot next;
        do
        {
            current = Volatile.Read(ref _snapshot);
            next = new Snapshot(current.Status, state, callback);
        }
        while (Interlocked.CompareExchange(ref _snapshot, next, current) != current);

        return new RunOutcome<TStatus>(state, current.Status, callback);
    }

    private void Publish(TStatus status, OctaveRunState state)
    {
        Snapshot current;
        Snapshot next;
        do
        {
            current = Volatile.Read(ref _snapshot);

            // Once a run is known to have ended it stays ended, even if a lagging poll answers otherwise.
            next = current.State.IsTerminal && !state.IsTerminal
                ? new Snapshot(status, current.State, current.Callback)
                : new Snapshot(status, state, current.Callback);
        }
        while (Interlocked.CompareExchange(ref _snapshot, next, current) != current);
    }

    private OctaveRunTimeoutException Timeout(PollingOptions options) =>
        new(RunId, Kind, State, options.Timeout ?? TimeSpan.Zero);

    private sealed class Snapshot
    {
        public Snapshot(TStatus? status, OctaveRunState state, OctaveCallback? callback = null)
        {
            Status = status;
            State = state;
            Callback = callback;
        }

        public TStatus? Status { get; }

        public OctaveRunState State { get; }

        public OctaveCallback? Callback { get; }
    }
}
