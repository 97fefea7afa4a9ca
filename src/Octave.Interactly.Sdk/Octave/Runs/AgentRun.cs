using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A handle to one async agent or email-generation run (<c>asyncReqID_…</c>), polled through
/// <c>GET /api/v2/async/agent/run/status</c>. Get one from <see cref="OctaveClient.StartAgentAsync(RunAgentRequest, StartRunOptions?, CancellationToken)"/>
/// or <see cref="OctaveClient.StartEmailGenerationAsync"/>, rebuild one with <see cref="OctaveClient.GetAgentRun"/> or
/// <see cref="FromToken"/> (no network call). Thread-safe.
/// </summary>
/// <remarks>
/// The status endpoint has no status field: a <c>status</c> key wins if the server ever sends one; otherwise the run
/// failed when <c>error</c> is non-empty, succeeded when <c>result</c> is set, and is pending before.
/// </remarks>
public sealed class AgentRun
{
    private readonly RunTracker<AgentRunStatus> _tracker;

    internal AgentRun(OctaveClient client, string requestId, OctaveRunState initialState, bool pollBeforeFirstDelay)
    {
        _tracker = new RunTracker<AgentRunStatus>(
            client,
            requestId,
            OctaveRunKind.Agent,
            initialState,
            pollBeforeFirstDelay,
            static async (client, id, cancellationToken) =>
            {
                var response = await client.Api.GetAgentRunStatusAsync(id, null, cancellationToken).ConfigureAwait(false);
                return response.Data ?? new AgentRunStatus { RequestId = id };
            },
            AgentRunStateInference.Infer,
            (_, state) => state.Value ?? string.Empty);
    }

    /// <summary>The run's id (<c>requestId</c>), e.g. <c>asyncReqID_…</c>.</summary>
    public string Id => _tracker.RunId;

    /// <summary>True once the run is known to have ended, successfully or not.</summary>
    public bool HasCompleted => State.IsTerminal;

    /// <summary>The state inferred from the last status (or callback) seen; pending before the first.</summary>
    public OctaveRunState State => _tracker.State;

    /// <summary>The last status polled; null before the first poll.</summary>
    public AgentRunStatus? LastStatus => _tracker.LastStatus;

    /// <summary>Polls the status endpoint once and updates <see cref="LastStatus"/>, <see cref="State"/> and <see cref="HasCompleted"/>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status.</returns>
    /// <exception cref="WorkflowApiException">The server answered with an error.</exception>
    public Task<AgentRunStatus> UpdateStatusAsync(CancellationToken cancellationToken = default) => _tracker.UpdateAsync(cancellationToken);

    /// <summary>
    /// Waits until the run ends, by its callback (when this process receives callbacks) or by polling, whichever
    /// comes first; see <see cref="WorkflowRun.WaitForCompletionAsync"/> for the rules. A failed run is returned
    /// (<see cref="AgentRunResult.Succeeded"/> false), not thrown.
    /// </summary>
    /// <param name="polling">This wait's polling settings, used as given; null uses the client's.</param>
    /// <param name="cancellationToken">Ends the wait (not the run) promptly.</param>
    /// <returns>How the run ended, with the agent's result.</returns>
    /// <exception cref="OctaveRunTimeoutException">The polling <see cref="PollingOptions.Timeout"/> passed first.</exception>
    /// <exception cref="WorkflowApiException">A poll failed in a way that would not change on retry (e.g. 404).</exception>
    public async Task<AgentRunResult> WaitForCompletionAsync(PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        var outcome = await _tracker.WaitAsync(polling, cancellationToken).ConfigureAwait(false);
        var result = outcome.Callback is { } callback ? callback.Output : outcome.Status?.Result;
        string? error = null;
        if (outcome.State.IsFailure)
        {
            error = outcome.Callback?.Error ?? NullIfEmpty(outcome.Status?.Error) ?? $"The agent run ended as {outcome.State}.";
        }

        return new AgentRunResult(Id, outcome.State, result, error, outcome.Status, outcome.Callback, outcome.CompletedBy);
    }

    /// <summary>Polls the run and yields each change of state, the first included, until the run ends.</summary>
    /// <param name="polling">The polling settings; null uses the client's. Its <see cref="PollingOptions.Timeout"/> bounds the watch.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The changes, ending with the terminal one.</returns>
    public async IAsyncEnumerable<AgentRunUpdate> WatchAsync(PollingOptions? polling = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (state, status) in _tracker.WatchAsync(polling, cancellationToken).ConfigureAwait(false))
        {
            yield return new AgentRunUpdate(state, status);
        }
    }

    /// <summary>A portable string naming this run, for rebuilding the handle elsewhere with <see cref="FromToken"/>.</summary>
    /// <returns>The token.</returns>
    public string ToToken() => RunToken.Create(OctaveRunKind.Agent, Id);

    /// <summary>Rebuilds a handle from <see cref="ToToken"/>'s string, without a network call.</summary>
    /// <param name="client">The client to poll through.</param>
    /// <param name="token">The token.</param>
    /// <returns>The handle; its first wait polls at once.</returns>
    /// <exception cref="System.ArgumentException">The token is malformed, of an unsupported version, or names a workflow run.</exception>
    public static AgentRun FromToken(OctaveClient client, string token)
    {
        Validation.Argument.NotNull(client, nameof(client));
        return client.GetAgentRun(RunToken.ReadRunId(token, OctaveRunKind.Agent, nameof(token)));
    }

    /// <inheritdoc />
    public override string ToString() => $"AgentRun {{ Id = {Id}, State = {State} }}";

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
