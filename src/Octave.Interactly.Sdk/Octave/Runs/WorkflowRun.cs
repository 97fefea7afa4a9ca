using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A handle to one Octave workflow run (<c>bsjob_…</c>): its id, the last status seen, and ways to refresh, wait
/// and watch. Small and cheap: get one from <see cref="OctaveClient.StartWorkflowAsync(string, IReadOnlyDictionary{string, System.Text.Json.JsonElement}?, StartRunOptions?, CancellationToken)"/>,
/// rebuild one with <see cref="OctaveClient.GetWorkflowRun"/> or <see cref="FromToken"/> (no network call).
/// Thread-safe.
/// </summary>
/// <remarks>
/// Octave's status endpoint has no status field, so <see cref="State"/> is inferred: a <c>status</c> key wins if
/// the server ever sends one; a non-empty <c>circuitBreakerReason</c> means failed; the run is finished when
/// <c>completedAt</c> is set or <c>processedCount ≥ totalCount &gt; 0</c>, and then failed if <c>failedCount &gt; 0</c>;
/// before that it is running once started, pending otherwise. A workflow's output arrives only by callback.
/// </remarks>
public sealed class WorkflowRun
{
    private readonly RunTracker<WorkflowRunStatus> _tracker;

    internal WorkflowRun(OctaveClient client, string jobOId, OctaveRunState initialState, bool pollBeforeFirstDelay)
    {
        _tracker = new RunTracker<WorkflowRunStatus>(
            client,
            jobOId,
            OctaveRunKind.Workflow,
            initialState,
            pollBeforeFirstDelay,
            static async (client, id, cancellationToken) =>
            {
                var response = await client.Api.GetWorkflowRunStatusAsync(id, null, cancellationToken).ConfigureAwait(false);
                return response.Data ?? new WorkflowRunStatus { JobOId = id };
            },
            WorkflowRunStateInference.Infer,
            (status, state) => $"{state}|{status.ProcessedCount}|{status.FailedCount}");
    }

    /// <summary>The run's id (<c>jobOId</c>), e.g. <c>bsjob_…</c>.</summary>
    public string Id => _tracker.RunId;

    /// <summary>True once the run is known to have ended, successfully or not.</summary>
    public bool HasCompleted => State.IsTerminal;

    /// <summary>The state inferred from the last status (or callback) seen; pending before the first.</summary>
    public OctaveRunState State => _tracker.State;

    /// <summary>The last status polled; null before the first poll.</summary>
    public WorkflowRunStatus? LastStatus => _tracker.LastStatus;

    /// <summary>Polls the status endpoint once and updates <see cref="LastStatus"/>, <see cref="State"/> and <see cref="HasCompleted"/>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status.</returns>
    /// <exception cref="WorkflowApiException">The server answered with an error.</exception>
    public Task<WorkflowRunStatus> UpdateStatusAsync(CancellationToken cancellationToken = default) => _tracker.UpdateAsync(cancellationToken);

    /// <summary>
    /// Waits until the run ends: by its callback, when this process receives callbacks (see
    /// <see cref="OctaveClientOptions.CallbackUrl"/>), or by polling, whichever comes first. Polling goes on as the
    /// fallback for a lost callback, at the slower <see cref="OctaveClientOptions.CallbackFallbackInterval"/> pace
    /// while a callback URL is configured. A failed run is returned (<see cref="WorkflowRunResult.Succeeded"/> false),
    /// not thrown. Transient poll failures (408, 429, 5xx, network) are ridden out, honouring <c>Retry-After</c>.
    /// </summary>
    /// <param name="polling">This wait's polling settings, used as given; null uses the client's.</param>
    /// <param name="cancellationToken">Ends the wait (not the run) promptly; nothing keeps running afterwards.</param>
    /// <returns>How the run ended; <see cref="WorkflowRunResult.Output"/> is set when the callback ended the wait.</returns>
    /// <exception cref="OctaveRunTimeoutException">The polling <see cref="PollingOptions.Timeout"/> passed first.</exception>
    /// <exception cref="WorkflowApiException">A poll failed in a way that would not change on retry (e.g. 404).</exception>
    public async Task<WorkflowRunResult> WaitForCompletionAsync(PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        var outcome = await _tracker.WaitAsync(polling, cancellationToken).ConfigureAwait(false);
        var error = outcome.Callback is { } callback && outcome.State.IsFailure
            ? callback.Error ?? WorkflowRunStateInference.ErrorOf(outcome.Status, outcome.State) ?? "The workflow run failed."
            : WorkflowRunStateInference.ErrorOf(outcome.Status, outcome.State);
        return new WorkflowRunResult(Id, outcome.State, outcome.Status, outcome.Callback, outcome.CompletedBy, error);
    }

    /// <summary>
    /// Polls the run and yields each change (of state or of the progress counters), the first status included,
    /// until the run ends; repeated identical answers are not yielded. Polls at the client's normal pace.
    /// </summary>
    /// <param name="polling">The polling settings; null uses the client's. Its <see cref="PollingOptions.Timeout"/> bounds the watch.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The changes, ending with the terminal one.</returns>
    public async IAsyncEnumerable<WorkflowRunUpdate> WatchAsync(PollingOptions? polling = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (state, status) in _tracker.WatchAsync(polling, cancellationToken).ConfigureAwait(false))
        {
            yield return new WorkflowRunUpdate(state, status);
        }
    }

    /// <summary>
    /// A portable string naming this run, for storing and rebuilding the handle in another process with
    /// <see cref="FromToken"/>. It holds the run id only: no key, no URL.
    /// </summary>
    /// <returns>The token.</returns>
    public string ToToken() => RunToken.Create(OctaveRunKind.Workflow, Id);

    /// <summary>Rebuilds a handle from <see cref="ToToken"/>'s string, without a network call.</summary>
    /// <param name="client">The client to poll through.</param>
    /// <param name="token">The token.</param>
    /// <returns>The handle; its first wait polls at once, since the run may have ended meanwhile.</returns>
    /// <exception cref="System.ArgumentException">The token is malformed, of an unsupported version, or names an agent run.</exception>
    public static WorkflowRun FromToken(OctaveClient client, string token)
    {
        Validation.Argument.NotNull(client, nameof(client));
        return client.GetWorkflowRun(RunToken.ReadRunId(token, OctaveRunKind.Workflow, nameof(token)));
    }

    /// <inheritdoc />
    public override string ToString() => $"WorkflowRun {{ Id = {Id}, State = {State} }}";
}
