using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Timing;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// One conversation with an Interactly workflow run. Created by <see cref="InteractlyClient.StartSessionAsync"/>
/// (turn 1 already done) or <see cref="InteractlyClient.ResumeSession"/> (no call made). Safe to share across
/// threads: turns on one session are sent one at a time, never overlapping. Disposing a session
/// that is still active sends <c>stop</c> (see <see cref="InteractlySessionOptions.StopOnDispose"/>).
/// </summary>
public sealed partial class InteractlySession : IAsyncDisposable
{
    private readonly IInteractlyApi _api;
    private readonly InteractlySessionOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly object _sync = new();
    private readonly List<InteractlyTurn> _turns = new();
    private readonly List<TranscriptEntry> _transcript = new();
    private readonly List<InteractlyEvent> _events = new();
    private TaskCompletionSource<bool> _changed = NewSignal();
    private InteractlyTurn? _lastTurn;
    private bool _stopped;
    private int _disposed;

    internal InteractlySession(IInteractlyApi api, InteractlySessionOptions options, string workflowId, string runId)
    {
        _api = api;
        _options = options;
        WorkflowId = workflowId;
        RunId = runId;
    }

    /// <summary>The workflow's id.</summary>
    public string WorkflowId { get; }

    /// <summary>The run's id; keep it to resume the session later with <see cref="InteractlyClient.ResumeSession"/>.</summary>
    public string RunId { get; }

    /// <summary>The run's status after the latest turn; <see cref="InteractlyRunStatus.Unknown"/> for a resumed session before its next turn.</summary>
    public InteractlyRunStatus Status => Volatile.Read(ref _lastTurn)?.Status ?? InteractlyRunStatus.Unknown;

    /// <summary>The latest turn number; 0 before any turn of this session object.</summary>
    public int TurnNumber => Volatile.Read(ref _lastTurn)?.TurnNumber ?? 0;

    /// <summary>True when the workflow waits for the next user message.</summary>
    public bool IsWaitingForInput => Volatile.Read(ref _lastTurn)?.IsWaitingForInput ?? false;

    /// <summary>True when the run is over (completed, failed, cancelled or aborted).</summary>
    public bool IsCompleted => Volatile.Read(ref _lastTurn)?.IsCompleted ?? false;

    /// <summary>The latest turn, or null for a resumed session before its next turn.</summary>
    public InteractlyTurn? LastTurn => Volatile.Read(ref _lastTurn);

    /// <summary>What the workflow waits for, as sent with the latest turn.</summary>
    public JsonElement? NextInputHint => Volatile.Read(ref _lastTurn)?.NextInputHint;

    /// <summary>Every turn of this session object, in order.</summary>
    public IReadOnlyList<InteractlyTurn> Turns
    {
        get
        {
            lock (_sync)
            {
                return _turns.ToArray();
            }
        }
    }

    /// <summary>Every user and assistant line so far, in order.</summary>
    public IReadOnlyList<TranscriptEntry> Transcript
    {
        get
        {
            lock (_sync)
            {
                return _transcript.ToArray();
            }
        }
    }

    /// <summary>True once no further message can be sent: the run reached a terminal status, or this session stopped it.</summary>
    public bool HasEnded
    {
        get
        {
            lock (_sync)
            {
                return HasEndedLocked();
            }
        }
    }

    /// <summary>
    /// Sends the user's message as the next turn (<c>command: data</c>, the run id echoed, the text as a
    /// <c>human</c> message in thread <c>"0"</c>), then pumps background work while the server reports some.
    /// </summary>
    /// <param name="userMessage">The user's text; must not be empty.</param>
    /// <param name="cancellationToken">Cancels waiting for the turn.</param>
    /// <returns>The turn, including anything the pumps produced.</returns>
    /// <exception cref="ArgumentException"><paramref name="userMessage"/> is empty or whitespace.</exception>
    /// <exception cref="InvalidOperationException">The session has ended; no request is made.</exception>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    public async Task<InteractlyTurn> SendAsync(string userMessage, CancellationToken cancellationToken = default)
    {
        Argument.NotEmpty(userMessage, nameof(userMessage));
        ThrowIfDisposed();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfDisposed();
            ThrowIfEnded();
            var request = new ExecuteWorkflowRequest
            {
                RunId = RunId,
                RunInput = WorkflowRunInput.ForUserMessage(WorkflowCommand.Data, userMessage),
            };
            var response = await _api.ExecuteAsync(WorkflowId, request, version: null, options: null, cancellationToken).ConfigureAwait(false);
            return await CompleteTurnAsync(response, userMessage, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Cancels the run (<c>command: stop</c>); the server answers with status <c>cancelled</c>. Later sends are
    /// rejected. Does nothing when the session has already ended.
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting for the answer.</param>
    /// <returns>A task that completes when the server has answered.</returns>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopLockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Ends the session. When it is still active and <see cref="InteractlySessionOptions.StopOnDispose"/> is set,
    /// sends <c>stop</c> first, best effort: bounded by <see cref="InteractlySessionOptions.StopOnDisposeTimeout"/>,
    /// and transport or API failures are swallowed, because disposal must not throw.
    /// </summary>
    /// <returns>A task that completes when the session is disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (_options.StopOnDispose && ShouldStopOnDispose())
            {
                using var timeout = TimeProviderTasks.CancelAfter(_options.TimeProvider, _options.StopOnDisposeTimeout);
                await _gate.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    await StopLockedAsync(timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        catch (Exception exception) when (IsBestEffortFailure(exception))
        {
            // Best effort: the server reaps stale runs; a failed stop must not turn disposal into an error.
        }
        finally
        {
            Signal();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"InteractlySession {{ WorkflowId = {WorkflowId}, RunId = {RunId}, Status = {Status} }}";

    /// <summary>Records the answer to a turn, then pumps background work while the server reports some.</summary>
    internal async Task<InteractlyTurn> CompleteTurnAsync(InteractiveRunResponse response, string? userMessage, CancellationToken cancellationToken)
    {
        var turn = new InteractlyTurn(response, null, userMessage);
        Record(turn, userMessage, response);
        if (!turn.HasBackgroundWork || turn.IsCompleted)
        {
            return turn;
        }

        var pumps = new List<InteractiveRunResponse>();
        while (turn.HasBackgroundWork && !turn.IsCompleted && pumps.Count < _options.MaxPumpIterations)
        {
            await TimeProviderTasks.Delay(_options.TimeProvider, _options.PumpInterval, cancellationToken).ConfigureAwait(false);
            InteractiveRunResponse pumped;
            try
            {
                pumped = await _api.PumpCompanionsAsync(WorkflowId, RunId, options: null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsBestEffortFailure(exception))
            {
                // The turn itself was accepted; throwing here would invite a re-send that repeats the user's input.
                turn = new InteractlyTurn(response, pumps.ToArray(), userMessage, exception);
                Replace(turn);
                break;
            }

            pumps.Add(pumped);
            turn = new InteractlyTurn(response, pumps.ToArray(), userMessage);
            Record(turn, null, pumped);
        }

        return turn;
    }

    private async Task StopLockedAsync(CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            if (HasEndedLocked())
            {
                return;
            }
        }

        var request = new ExecuteWorkflowRequest
        {
            RunId = RunId,
            RunInput = WorkflowRunInput.ForUserMessage(WorkflowCommand.Stop, null),
        };
        var response = await _api.ExecuteAsync(WorkflowId, request, version: null, options: null, cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            _stopped = true;
        }

        Record(new InteractlyTurn(response), null, response);
    }

    /// <summary>Adds a turn (or a pump's answer to the current turn) to the session's state and wakes event watchers.</summary>
    private void Record(InteractlyTurn turn, string? userMessage, InteractiveRunResponse newResponse)
    {
        lock (_sync)
        {
            if (userMessage is not null)
            {
                _transcript.Add(new TranscriptEntry(ConversationRole.User, userMessage, turn.TurnNumber));
            }

            // A turn without pumps has already collected its texts, from this same response.
            var texts = ReferenceEquals(newResponse, turn.Response) && turn.PumpResponses.Count == 0
                ? turn.AssistantMessages
                : AssistantTexts.From(newResponse.Events);
            for (var i = 0; i < texts.Count; i++)
            {
                _transcript.Add(new TranscriptEntry(ConversationRole.Assistant, texts[i], turn.TurnNumber));
            }

            _events.AddRange(newResponse.Events);
            if (_turns.Count > 0 && ReferenceEquals(_turns[_turns.Count - 1].Response, turn.Response))
            {
                _turns[_turns.Count - 1] = turn;
            }
            else
            {
                _turns.Add(turn);
            }

            Volatile.Write(ref _lastTurn, turn);
        }

        Signal();
    }

    private void Replace(InteractlyTurn turn)
    {
        lock (_sync)
        {
            _turns[_turns.Count - 1] = turn;
            Volatile.Write(ref _lastTurn, turn);
        }
    }

    private bool HasEndedLocked() => _stopped || (_lastTurn is { } turn && turn.IsCompleted);

    private bool ShouldStopOnDispose()
    {
        lock (_sync)
        {
            // A resumed session that never sent a turn does not know the run's state and may not own it.
            return !HasEndedLocked() && _lastTurn is not null;
        }
    }

    private void ThrowIfEnded()
    {
        lock (_sync)
        {
            if (!HasEndedLocked())
            {
                return;
            }
        }

        var status = Status;
        throw new InvalidOperationException(
            status.IsTerminal
                ? $"The Interactly session for run '{RunId}' has ended with status '{status}'; no further messages can be sent. Start a new session to continue."
                : $"The Interactly session for run '{RunId}' was stopped (status '{status}'); no further messages can be sent. Start a new session to continue.");
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            throw new ObjectDisposedException(nameof(InteractlySession), $"The Interactly session for run '{RunId}' was disposed.");
        }
    }

    private void Signal()
    {
        TaskCompletionSource<bool> previous;
        lock (_sync)
        {
            previous = _changed;
            _changed = NewSignal();
        }

        previous.TrySetResult(true);
    }

    private static TaskCompletionSource<bool> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static bool IsBestEffortFailure(Exception exception) =>
        exception is WorkflowApiException
            or WorkflowOutcomeUnknownException
            or HttpRequestException
            or IOException
            or OperationCanceledException
            or ObjectDisposedException;
}
