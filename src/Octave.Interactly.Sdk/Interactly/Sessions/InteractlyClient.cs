using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Starts and resumes conversations with Interactly workflows. Thread-safe and stateless apart from its settings:
/// register one per application.
/// </summary>
public partial class InteractlyClient
{
    private readonly InteractlySessionOptions _sessionOptions;

    /// <summary>Creates the client over an endpoint layer.</summary>
    /// <param name="api">The endpoint layer (or a test double).</param>
    /// <param name="sessionOptions">How sessions behave between turns; defaults when null. Read once here.</param>
    public InteractlyClient(IInteractlyApi api, InteractlySessionOptions? sessionOptions = null)
    {
        Api = Argument.NotNull(api, nameof(api));
        _sessionOptions = (sessionOptions ?? new InteractlySessionOptions()).ValidatedCopy();
    }

    /// <summary>Creates the client and its endpoint layer over an <see cref="HttpClient"/>.</summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="options">Connection settings.</param>
    /// <param name="sessionOptions">How sessions behave between turns; defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A setting is missing or invalid, named as in <see cref="WorkflowServiceOptions.Validate"/> (e.g.
    /// <c>InteractlyOptions.ApiKey is required.</c>).
    /// </exception>
    public InteractlyClient(HttpClient httpClient, InteractlyOptions options, InteractlySessionOptions? sessionOptions = null)
        : this(InteractlyApi.Create(httpClient, options), sessionOptions)
    {
        _streaming = new InteractlyRunStreamClient(options, Api);
    }

    /// <summary>The client <c>AddWorkflowClients</c> registers: its endpoint layer, and streaming over the same settings.</summary>
    internal InteractlyClient(IInteractlyApi api, InteractlySessionOptions sessionOptions, InteractlyRunStreamClient streaming)
        : this(api, sessionOptions)
    {
        _streaming = streaming;
    }

    /// <summary>The endpoint layer, for calls the facade does not cover.</summary>
    public IInteractlyApi Api { get; }

    /// <summary>
    /// Starts a run and sends its first turn (<c>command: start</c>, no <c>run_id</c>, the version as a query
    /// parameter), then pumps background work while the server reports some. The first turn is sent exactly once.
    /// </summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="options">What the first turn sends.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session, with the first turn in <see cref="InteractlySession.LastTurn"/>.</returns>
    /// <exception cref="ArgumentException">A malformed workflow id, a negative version or an empty opening message; no request is made.
    /// With <see cref="StartSessionOptions.CheckDynamicVariables"/>, also a dynamic variable the workflow expects but was not given; no turn is sent.</exception>
    public virtual async Task<InteractlySession> StartSessionAsync(
        string workflowId, StartSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.ObjectId(workflowId, nameof(workflowId));
        options ??= new StartSessionOptions();
        options.Validate();

        if (options.CheckDynamicVariables)
        {
            await CheckDynamicVariablesAsync(workflowId, options.DynamicVariables, options.RequestOptions, cancellationToken).ConfigureAwait(false);
        }

        var input = options.FirstTurnInput(_sessionOptions.RunBy);

        var response = await Api.ExecuteAsync(
                workflowId, new ExecuteWorkflowRequest { RunInput = input }, options.Version, options.RequestOptions, cancellationToken)
            .ConfigureAwait(false);
        if (string.IsNullOrEmpty(response.RunId))
        {
            throw new InvalidOperationException($"The answer to the first turn of workflow '{workflowId}' carried no run_id, so the session cannot continue.");
        }

        var session = new InteractlySession(Api, _sessionOptions, workflowId, response.RunId);
        await session.CompleteTurnAsync(response, options.OpeningMessage, cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>
    /// A session for an existing run, without a network call. Its status is unknown until its next turn; it does
    /// not send <c>stop</c> on disposal before it has sent a turn, since it may not own the run.
    /// </summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="runId">The run's id from an earlier session.</param>
    /// <returns>The session.</returns>
    public virtual InteractlySession ResumeSession(string workflowId, string runId)
    {
        Argument.ObjectId(workflowId, nameof(workflowId));
        Argument.NotEmpty(runId, nameof(runId));
        return new InteractlySession(Api, _sessionOptions, workflowId, runId);
    }
}

