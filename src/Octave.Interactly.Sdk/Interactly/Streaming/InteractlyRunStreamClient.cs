using System;
using System.Collections.Generic;
using System.Net;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Opens streamed runs over <c>WS /v1/workflow-runs/ws</c> (a <see cref="ClientWebSocket"/>; Refit does not do
/// WebSockets). It sends the same headers as the HTTP API (bearer key, API version, team and user) to the base URL
/// with its scheme mapped to <c>wss</c> (loopback <c>ws</c> for development). The first frame is a
/// <see cref="WorkflowRunInput"/>; the server acknowledges it with a frame without <c>type</c>
/// (<see cref="InteractlyStreamedRun.Ack"/>), then sends events as they happen. This is the streaming alternative to
/// <see cref="InteractlyClient.StartSessionAsync"/>'s one-POST-per-turn sessions. Thread-safe; register one per application.
/// </summary>
public class InteractlyRunStreamClient
{
    private readonly Uri _baseUrl;
    private readonly string _apiKey;
    private readonly string _apiVersion;
    private readonly string? _teamId;
    private readonly string? _userId;
    private readonly IInteractlyApi? _api;
    private readonly InteractlyStreamOptions _streamOptions;

    /// <summary>Creates the client; the settings are checked and read once here.</summary>
    /// <param name="options">Connection settings, as for the HTTP API.</param>
    /// <param name="api">
    /// The HTTP endpoint layer, used only to take a session token (<see cref="IInteractlyApi.CreateStreamSessionAsync"/>)
    /// when <see cref="InteractlyStreamOptions.UseSessionToken"/> is set.
    /// </param>
    /// <param name="streamOptions">How the socket behaves; defaults when null.</param>
    /// <exception cref="ArgumentException">
    /// <c>Interactly.ApiKey</c> is missing, <c>Interactly.BaseUrl</c> is not HTTPS (or loopback HTTP), or session
    /// tokens are asked for without <paramref name="api"/>.
    /// </exception>
    public InteractlyRunStreamClient(InteractlyOptions options, IInteractlyApi? api = null, InteractlyStreamOptions? streamOptions = null)
    {
        Argument.NotNull(options, nameof(options));
        _apiKey = Argument.NotEmpty(options.ApiKey, "Interactly.ApiKey");
        _baseUrl = Argument.SecureUrl(Argument.NotNull(options.BaseUrl, "Interactly.BaseUrl"), "Interactly.BaseUrl");
        _apiVersion = Argument.NotEmpty(options.ApiVersion, "Interactly.ApiVersion");
        _teamId = options.TeamId;
        _userId = options.UserId;
        _api = api;
        _streamOptions = (streamOptions ?? new InteractlyStreamOptions()).ValidatedCopy();
        if (_streamOptions.UseSessionToken && api is null)
        {
            throw new ArgumentException("InteractlyStreamOptions.UseSessionToken needs the HTTP endpoint layer to take tokens from; pass api.", nameof(api));
        }
    }

    /// <summary>The streaming endpoint, without any session token.</summary>
    public Uri StreamUrl => StreamEndpoint.For(_baseUrl, null);

    /// <summary>
    /// Opens a stream, sends <paramref name="input"/> as the first frame and reads the acknowledgement. A close
    /// frame in answer (4006, 4007, ...) throws here.
    /// </summary>
    /// <param name="input">The first frame; <c>workflow_id</c> is required (the socket has no path parameter).</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The open stream; dispose it to close the socket.</returns>
    /// <exception cref="ArgumentException">The input is not valid; no connection is made.</exception>
    /// <exception cref="InteractlyStreamRejectedException">The server closed the stream at once with an error code.</exception>
    /// <exception cref="InteractlyStreamDroppedException">The connection could not be opened, or was lost.</exception>
    /// <exception cref="WorkflowApiException">The server refused the upgrade with an HTTP status (.NET 8 and later).</exception>
    public virtual async Task<InteractlyStreamedRun> ConnectAsync(WorkflowRunInput input, CancellationToken cancellationToken = default)
    {
        StreamInput.Validate(input);
        var workflowId = Argument.ObjectId(input.WorkflowId, "workflow_id");
        string? token = null;
        if (_streamOptions.UseSessionToken)
        {
            var session = await _api!.CreateStreamSessionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            token = session.Data?.Id is { Length: > 0 } id
                ? id
                : throw new InvalidOperationException("GET /v1/session answered without data.id, so no streaming token could be taken.");
        }

        var socket = CreateSocket();
        var stream = new InteractlyStreamedRun(socket, _streamOptions, workflowId);
        try
        {
            await OpenAsync(socket, StreamEndpoint.For(_baseUrl, token), workflowId, cancellationToken).ConfigureAwait(false);
            await stream.SendFrameAsync(input, cancellationToken).ConfigureAwait(false);
            await stream.ReceiveAckAsync(cancellationToken).ConfigureAwait(false);
            return stream;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Starts a streamed conversation: the first frame is built from <paramref name="options"/> exactly as
    /// <see cref="InteractlyClient.StartSessionAsync"/> builds its first turn (<c>command: start</c>, the version
    /// in <c>version_number</c>). Read the events with <see cref="InteractlyStreamedRun.ReadEventsAsync"/>.
    /// </summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="options">What the first frame sends.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The open stream.</returns>
    /// <exception cref="ArgumentException">A malformed workflow id, a negative version or an empty opening message; no connection is made.</exception>
    public virtual Task<InteractlyStreamedRun> StartSessionAsync(
        string workflowId, StartSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.ObjectId(workflowId, nameof(workflowId));
        options ??= new StartSessionOptions();
        options.Validate();

        // Over the socket the workflow and its version travel in the first frame itself.
        var input = options.FirstTurnInput(InteractlySessionOptions.DefaultRunBy);
        input.WorkflowId = workflowId;
        input.VersionNumber = options.Version;
        return ConnectAsync(input, cancellationToken);
    }

    /// <summary>
    /// Streams one run that needs no input from you: connects, yields its events as they arrive until the run ends
    /// (close 1000) or first waits for input, then closes the socket. For conversations use <see cref="StartSessionAsync"/>.
    /// </summary>
    /// <param name="input">The first frame; <c>workflow_id</c> is required.</param>
    /// <param name="cancellationToken">Cancels the stream and closes the socket.</param>
    /// <returns>The events; unknown types arrive as <see cref="UnknownEvent"/>.</returns>
    public virtual async IAsyncEnumerable<InteractlyEvent> StreamRunAsync(
        WorkflowRunInput input, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var stream = await ConnectAsync(input, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var runEvent in stream.ReadEventsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return runEvent;
            }
        }
    }

    private ClientWebSocket CreateSocket()
    {
        var socket = new ClientWebSocket();
        var options = socket.Options;
        options.SetRequestHeader("Authorization", "Bearer " + _apiKey);
        options.SetRequestHeader("X-Interactly-API-Version", _apiVersion);
        if (!string.IsNullOrEmpty(_teamId))
        {
            options.SetRequestHeader("teamid", _teamId);
        }

        if (!string.IsNullOrEmpty(_userId))
        {
            options.SetRequestHeader("uuid", _userId);
        }

        options.KeepAliveInterval = _streamOptions.KeepAliveInterval;
#if NET9_0_OR_GREATER
        // A peer that stops answering pings is dropped, rather than leaving a read waiting.
        options.KeepAliveTimeout = _streamOptions.KeepAliveTimeout;
#endif
#if NET8_0_OR_GREATER
        options.CollectHttpResponseDetails = true;
#endif
        return socket;
    }

    private async Task OpenAsync(ClientWebSocket socket, Uri url, string workflowId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_streamOptions.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(url, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InteractlyStreamDroppedException(
                $"The Interactly run stream of workflow '{workflowId}' did not open within {_streamOptions.ConnectTimeout} (InteractlyStreamOptions.ConnectTimeout).", null, exception);
        }
        catch (WebSocketException exception) when (!cancellationToken.IsCancellationRequested)
        {
#if NET8_0_OR_GREATER
            if (socket.HttpStatusCode is var status && status != 0 && status != HttpStatusCode.SwitchingProtocols)
            {
                // The path only: the query may hold the single-use token.
                throw new WorkflowApiException(WorkflowService.Interactly, "GET", url.AbsolutePath, status, exception.Message, null, null, null);
            }
#endif
            throw new InteractlyStreamDroppedException(
                $"The Interactly run stream of workflow '{workflowId}' could not be opened at {url.Scheme}://{url.Authority}{url.AbsolutePath}: {exception.Message}", null, exception);
        }
    }
}
