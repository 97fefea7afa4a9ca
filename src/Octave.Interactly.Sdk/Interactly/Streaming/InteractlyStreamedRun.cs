using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// One streamed run over <c>WS /v1/workflow-runs/ws</c>, opened by <see cref="InteractlyRunStreamClient"/>: events
/// arrive as the server emits them instead of once per HTTP turn. Read a turn's events with
/// <see cref="ReadEventsAsync"/>; when the run waits for input, answer with <see cref="SendUserMessageAsync"/> and
/// read again. The server ends the run by closing with 1000; other close codes throw
/// <see cref="InteractlyStreamRejectedException"/>, a lost connection <see cref="InteractlyStreamDroppedException"/>.
/// One reader and one writer may work at once; disposing closes the socket cleanly.
/// </summary>
public sealed class InteractlyStreamedRun : IAsyncDisposable
{
    private const int InitialBufferBytes = 16 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly InteractlyStreamOptions _options;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Queue<InteractlyEvent> _pending = new();
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _disposed;

    internal InteractlyStreamedRun(ClientWebSocket socket, InteractlyStreamOptions options, string workflowId)
    {
        _socket = socket;
        _options = options;
        WorkflowId = workflowId;
    }

    /// <summary>The workflow being run.</summary>
    public string WorkflowId { get; }

    /// <summary>The server's acknowledgement of the first frame, or null if it sent none before its first event.</summary>
    public InteractlyRunAck? Ack { get; private set; }

    /// <summary>The run's id from <see cref="Ack"/>, or null when unknown.</summary>
    public string? RunId => Ack?.RunId;

    /// <summary>True after <see cref="ReadEventsAsync"/> ended on a <c>busy_wait_for_user_message</c> event.</summary>
    public bool IsWaitingForInput { get; private set; }

    /// <summary>True once the server closed the stream normally (1000): the run has ended.</summary>
    public bool HasEnded { get; private set; }

    /// <summary>
    /// The events of the current turn, each as soon as it arrives. The sequence ends after a
    /// <c>busy_wait_for_user_message</c> event (<see cref="IsWaitingForInput"/>) or when the server closes the
    /// stream with 1000 (<see cref="HasEnded"/>). Cancelling sends a normal close frame, then throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels reading and closes the stream.</param>
    /// <returns>The events, in order; unknown types arrive as <see cref="UnknownEvent"/>.</returns>
    /// <exception cref="InteractlyStreamRejectedException">The server closed with a code other than 1000.</exception>
    /// <exception cref="InteractlyStreamDroppedException">The connection was lost or went silent.</exception>
    public async IAsyncEnumerable<InteractlyEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        IsWaitingForInput = false;
        while (!HasEnded)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await CloseQuietlyAsync("Cancelled by the client", waitForServer: true).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            var next = _pending.Count > 0 ? _pending.Dequeue() : await ReceiveEventAsync(cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                yield break;
            }

            yield return next;
            if (string.Equals(next.Type, InteractlyEventTypes.BusyWaitForUserMessage, StringComparison.Ordinal))
            {
                IsWaitingForInput = true;
                yield break;
            }
        }
    }

    /// <summary>
    /// Sends the user's next message as a frame (<c>command: data</c>, the text as a <c>human</c> message in the main
    /// thread's LLM node input, with this run's workflow and run ids).
    /// </summary>
    /// <param name="message">The user's text; not empty.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the frame is sent.</returns>
    /// <exception cref="ArgumentException">An empty message; nothing is sent.</exception>
    /// <exception cref="InvalidOperationException">The stream has ended.</exception>
    public Task SendUserMessageAsync(string message, CancellationToken cancellationToken = default)
    {
        Argument.NotEmpty(message, nameof(message));
        return SendAsync(WorkflowRunInput.ForUserMessage(WorkflowCommand.Data, message), cancellationToken);
    }

    /// <summary>Asks the server to stop the run (<c>command: stop</c>); it then ends the stream.</summary>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the frame is sent.</returns>
    /// <exception cref="InvalidOperationException">The stream has ended.</exception>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        SendAsync(WorkflowRunInput.ForUserMessage(WorkflowCommand.Stop, null), cancellationToken);

    /// <summary>
    /// Sends a frame. <c>workflow_id</c> and <c>workflow_run_id</c> are filled in from this stream when not set.
    /// </summary>
    /// <param name="input">The input to send; must keep the main thread <c>"0"</c> and carry no <c>initial_state</c>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the frame is sent.</returns>
    /// <exception cref="ArgumentException">The input is not valid; nothing is sent.</exception>
    /// <exception cref="InvalidOperationException">The stream has ended.</exception>
    public async Task SendAsync(WorkflowRunInput input, CancellationToken cancellationToken = default)
    {
        StreamInput.Validate(input);
        input.WorkflowId ??= WorkflowId;
        input.WorkflowRunId ??= RunId;
        if (_socket.State != WebSocketState.Open)
        {
            throw new InvalidOperationException($"The stream of run '{RunId}' has ended; nothing more can be sent.");
        }

        await SendFrameAsync(input, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the stream with a normal close frame and waits (bounded) for the server's answer.</summary>
    /// <returns>A task that completes when the socket is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await CloseQuietlyAsync("Closed by the client", waitForServer: true).ConfigureAwait(false);
        _socket.Dispose();
        _sendLock.Dispose();
    }

    internal async Task SendFrameAsync(WorkflowRunInput input, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(input, InteractlyJsonContext.Default.WorkflowRunInput);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(new ArraySegment<byte>(bytes), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Dropped("The connection was lost while sending a frame.", exception);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Reads frames until the first one: the acknowledgement, or an event kept for the first read.</summary>
    internal async Task ReceiveAckAsync(CancellationToken cancellationToken)
    {
        var frame = await ReceiveFrameAsync(cancellationToken).ConfigureAwait(false);
        if (frame is null)
        {
            return;
        }

        if (InteractlyRunAck.IsAck(frame.Value))
        {
            Ack = new InteractlyRunAck(frame.Value);
        }
        else
        {
            _pending.Enqueue(ToEvent(frame.Value));
        }
    }

    private async Task<InteractlyEvent?> ReceiveEventAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await ReceiveFrameAsync(cancellationToken).ConfigureAwait(false);
            if (frame is null)
            {
                return null;
            }

            if (!InteractlyRunAck.IsAck(frame.Value))
            {
                return ToEvent(frame.Value);
            }

            Ack ??= new InteractlyRunAck(frame.Value);
        }
    }

    /// <summary>The frame is a document of its own already: an object frame's event is a view into it, not a further copy.</summary>
    private static InteractlyEvent ToEvent(JsonElement frame) =>
        frame.ValueKind == JsonValueKind.Object
            ? InteractlyEventConverter.FromElement(frame)
            : frame.Deserialize(InteractlyJsonContext.Default.InteractlyEvent) ?? throw new JsonException("The stream sent a null event.");

    /// <summary>One whole message, or null when the server closed normally.</summary>
    private async Task<JsonElement?> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            if (count == _buffer.Length)
            {
                if (_buffer.Length >= _options.MaxFrameBytes)
                {
                    _socket.Abort();
                    throw Dropped($"A frame was larger than the {_options.MaxFrameBytes} bytes allowed (InteractlyStreamOptions.MaxFrameBytes); the connection was aborted.", null);
                }

                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _options.MaxFrameBytes));
            }

            var result = await ReceiveWithinTimeoutAsync(new ArraySegment<byte>(_buffer, count, _buffer.Length - count), cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                await CloseQuietlyAsync("Cancelled by the client").ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await EndOnCloseFrameAsync().ConfigureAwait(false);
                return null;
            }

            count += result.Count;
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(new ReadOnlyMemory<byte>(_buffer, 0, count));
                return document.RootElement.Clone();
            }
        }
    }

    /// <summary>
    /// A receive bounded by <see cref="InteractlyStreamOptions.ReceiveTimeout"/>. The caller's token is not passed
    /// in, because cancelling a receive aborts the socket: it starts a normal close instead, and the server's answering
    /// close frame ends the receive.
    /// </summary>
    private async Task<WebSocketReceiveResult> ReceiveWithinTimeoutAsync(ArraySegment<byte> segment, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource();
        if (_options.ReceiveTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_options.ReceiveTimeout);
        }

        using var onCancel = cancellationToken.Register(static state => ((InteractlyStreamedRun)state!).BeginClosingOnCancel(), this);
        try
        {
            return await _socket.ReceiveAsync(segment, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            throw new OperationCanceledException("Reading the stream was cancelled; the socket was closed.", exception, cancellationToken);
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            _socket.Abort();
            throw Dropped($"No frame arrived within {_options.ReceiveTimeout} (InteractlyStreamOptions.ReceiveTimeout); the connection was aborted.", exception);
        }
        catch (WebSocketException exception)
        {
            throw Dropped($"The connection was lost without a close frame ({exception.WebSocketErrorCode}).", exception);
        }
        catch (OperationCanceledException exception)
        {
            // Neither our timeout nor the caller: the socket aborted itself, as it does when keep-alive pings go unanswered.
            throw Dropped("The connection was aborted: the server stopped answering keep-alive pings (InteractlyStreamOptions.KeepAliveTimeout).", exception);
        }
    }

    private void BeginClosingOnCancel() => _ = CloseQuietlyAsync("Cancelled by the client");

    /// <summary>The server sent a close frame: answer it, then end normally (1000 or no code) or throw.</summary>
    private async Task EndOnCloseFrameAsync()
    {
        var status = _socket.CloseStatus;
        var reason = _socket.CloseStatusDescription;
        await CloseQuietlyAsync(string.Empty).ConfigureAwait(false);
        var code = status is null or WebSocketCloseStatus.Empty ? InteractlyStreamCloseCodes.Normal : (int)status.Value;
        if (code != InteractlyStreamCloseCodes.Normal)
        {
            throw new InteractlyStreamRejectedException(code, string.IsNullOrEmpty(reason) ? null : reason, RunId);
        }

        HasEnded = true;
    }

    /// <summary>
    /// Sends our close frame if none was sent yet (answering the server's, or starting the handshake; with
    /// <paramref name="waitForServer"/>, also reading until the server's close frame), bounded by
    /// <see cref="InteractlyStreamOptions.ConnectTimeout"/>; a socket that cannot close cleanly is aborted.
    /// </summary>
    private async Task CloseQuietlyAsync(string reason, bool waitForServer = false)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(_options.ConnectTimeout);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (waitForServer && _socket.State == WebSocketState.Open)
                {
                    // Nothing else is reading now: send our close frame and wait for the server's.
                    await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);
                }
                else if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    private InteractlyStreamDroppedException Dropped(string message, Exception? inner) =>
        new($"The Interactly run stream of workflow '{WorkflowId}' failed: {message}", RunId, inner);
}
