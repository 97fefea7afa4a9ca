using System;
using System.Net.Http;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Run-and-await over Octave's asynchronous jobs: start a workflow, an agent or an email generation and get a
/// handle (<see cref="WorkflowRun"/>, <see cref="AgentRun"/>), or start and wait in one call. Waits end on the run's
/// callback when this process receives callbacks, and otherwise (or as the fallback for a lost one) by polling.
/// Thread-safe; register one per process (<c>AddWorkflowClients</c> does).
/// </summary>
/// <remarks>
/// A run that fails is a result with <c>Succeeded</c> false, not an exception (call <c>EnsureSucceeded()</c> to throw
/// <see cref="OctaveRunFailedException"/>); cancelling a wait or reaching its deadline ends the wait, never the run.
/// </remarks>
public sealed partial class OctaveClient
{
    private readonly OctaveClientOptions _options;

    // Resolved once: every wait without its own polling options shares one of these, and nothing changes them.
    private readonly PollingOptions _polling;
    private readonly PollingOptions _callbackPolling;

    /// <summary>Creates the client.</summary>
    /// <param name="api">The endpoint layer to call.</param>
    /// <param name="options">Callback URL and polling settings; copied, so later changes do not apply.</param>
    /// <param name="completions">
    /// Where your callback receiver reports callbacks; shared with the receiver. A private one is created when null
    /// (reach it through <see cref="Completions"/>).
    /// </param>
    /// <param name="timeProvider">The clock behind delays and deadlines; the system clock when null.</param>
    /// <exception cref="ArgumentException">An option is invalid; the exception names it.</exception>
    public OctaveClient(IOctaveApi api, OctaveClientOptions? options = null, OctaveRunCompletionRegistry? completions = null, TimeProvider? timeProvider = null)
    {
        Api = Validation.Argument.NotNull(api, nameof(api));
        _options = (options ?? new OctaveClientOptions()).Clone();
        _options.Validate();
        _polling = _options.Polling.Clone();
        _callbackPolling = _options.Polling.Clone();
        _callbackPolling.InitialInterval = Max(_callbackPolling.InitialInterval, _options.CallbackFallbackInterval);
        _callbackPolling.MaxInterval = Max(_callbackPolling.MaxInterval, _options.CallbackFallbackInterval);
        TimeProvider = timeProvider ?? TimeProvider.System;
        Completions = completions ?? new OctaveRunCompletionRegistry(TimeProvider);
    }

    /// <summary>The endpoint layer, for calls the facade does not wrap (synchronous agents, key validation).</summary>
    public IOctaveApi Api { get; }

    /// <summary>Where callbacks meet waiting runs: a callback receiver calls <see cref="OctaveRunCompletionRegistry.Complete"/> on it.</summary>
    public OctaveRunCompletionRegistry Completions { get; }

    internal TimeProvider TimeProvider { get; }

    /// <summary>True when this process receives callbacks (a client-wide callback URL is configured).</summary>
    internal bool ReceivesCallbacks => _options.CallbackUrl is not null;

    /// <summary>Creates a client without dependency injection, over an <see cref="HttpClient"/> you own.</summary>
    /// <param name="httpClient">The client to send through; its lifetime stays yours.</param>
    /// <param name="octaveOptions">The API key and base URL.</param>
    /// <param name="options">Callback URL and polling settings.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="octaveOptions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A setting is missing or invalid, named as in <see cref="WorkflowServiceOptions.Validate"/> (e.g.
    /// <c>OctaveOptions.ApiKey is required.</c>), or an option in <paramref name="options"/> is invalid.
    /// </exception>
    public static OctaveClient Create(HttpClient httpClient, OctaveOptions octaveOptions, OctaveClientOptions? options = null)
    {
        Validation.Argument.NotNull(httpClient, nameof(httpClient));
        Validation.Argument.NotNull(octaveOptions, nameof(octaveOptions));
        return new(OctaveApi.Create(httpClient, octaveOptions), options);
    }

    /// <summary>Rebuilds a handle to a workflow run from its id, without a network call.</summary>
    /// <param name="jobOId">The run's id, e.g. <c>bsjob_…</c>.</param>
    /// <returns>The handle; its state is pending until it polls, and its first wait polls at once.</returns>
    public WorkflowRun GetWorkflowRun(string jobOId) =>
        new(this, Validation.Argument.NotEmpty(jobOId, nameof(jobOId)), OctaveRunState.Pending, pollBeforeFirstDelay: true);

    /// <summary>Rebuilds a handle to an async agent or email-generation run from its id, without a network call.</summary>
    /// <param name="requestId">The run's id, e.g. <c>asyncReqID_…</c>.</param>
    /// <returns>The handle; its state is pending until it polls, and its first wait polls at once.</returns>
    public AgentRun GetAgentRun(string requestId) =>
        new(this, Validation.Argument.NotEmpty(requestId, nameof(requestId)), OctaveRunState.Pending, pollBeforeFirstDelay: true);

    /// <summary>
    /// The polling settings of one wait: a copy of the caller's as given, or the client's, slowed when a callback is
    /// expected. The result is shared and must not be changed.
    /// </summary>
    internal PollingOptions ResolvePolling(PollingOptions? perCall, bool expectCallback)
    {
        if (perCall is not null)
        {
            perCall.Validate();
            return perCall.Clone();
        }

        return expectCallback ? _callbackPolling : _polling;
    }

    private string? CallbackUrlFor(StartRunOptions? options, string? fromRequest) =>
        Validation.Argument.CallbackUrl(NullIfEmpty(options?.CallbackUrl) ?? NullIfEmpty(fromRequest) ?? _options.CallbackUrl, "callbackUrl");

    private string RequiredCallbackUrlFor(StartRunOptions? options, string? fromRequest) =>
        CallbackUrlFor(options, fromRequest)
        ?? throw Validation.Argument.Invalid(
            "callbackUrl",
            "Octave's async agent and email endpoints require a callbackUrl. Set OctaveClientOptions.CallbackUrl or " +
            "StartRunOptions.CallbackUrl; to rely on polling alone, pass a URL that accepts and ignores the POST " +
            "(against the emulator: WorkflowEmulator.DiscardingCallbackUrl).");

    private static WorkflowRequestOptions? RequestOptions(StartRunOptions? options) =>
        options?.ExternalRequestId is { } id ? new WorkflowRequestOptions { ExternalRequestId = id } : null;

    private static OctaveRunState InitialState(OctaveJobStatus accepted)
    {
        // A job is never terminal before anyone looked at it; a start answer of "completed" is still confirmed by a poll.
        var state = accepted.Value is null ? OctaveRunState.Pending : OctaveRunState.FromServerStatus(accepted.Value);
        return state.IsTerminal || !state.IsKnown ? OctaveRunState.Pending : state;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
