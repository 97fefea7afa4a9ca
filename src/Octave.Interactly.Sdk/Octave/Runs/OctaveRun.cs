using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A handle to one run of Octave's Runs API (<c>GET /api/v2/runs/{oId}</c>, ids <c>run_…</c>): the last answer seen,
/// and ways to refresh, wait and watch, with the same polling, deadlines and transient-failure handling as
/// <see cref="WorkflowRun"/>. Get one from <see cref="OctaveClient.GetRun"/> (no network call). Thread-safe.
/// </summary>
/// <remarks>
/// The Runs API reports a status, so <see cref="State"/> follows it: <c>queued</c> is pending, <c>succeeded</c>
/// succeeded, <c>partial</c>, <c>failed</c> and <c>cancelled</c> are failures (the exact status stays in
/// <see cref="OctaveRunResult.Status"/>). A callback carrying this run's id also ends a wait, as for the other runs.
/// </remarks>
public sealed class OctaveRun
{
    private readonly RunTracker<OctaveRunDetails> _tracker;

    internal OctaveRun(OctaveClient client, string oId)
    {
        _tracker = new RunTracker<OctaveRunDetails>(
            client,
            oId,
            OctaveRunKind.Run,
            OctaveRunState.Pending,
            pollBeforeFirstDelay: true,
            static async (client, id, cancellationToken) =>
            {
                var response = await client.Api.GetRunAsync(id, null, null, cancellationToken).ConfigureAwait(false);
                return response.Data ?? new OctaveRunDetails { OId = id };
            },
            OctaveRunStateInference.Infer,
            (run, state) => $"{state}|{run.Status}|{run.Counts?.Succeeded}|{run.Counts?.Failed}|{run.Counts?.Cancelled}");
    }

    /// <summary>The run's id, e.g. <c>run_…</c>.</summary>
    public string Id => _tracker.RunId;

    /// <summary>True once the run is known to have ended, successfully or not.</summary>
    public bool HasCompleted => State.IsTerminal;

    /// <summary>The state from the last answer (or callback) seen; pending before the first.</summary>
    public OctaveRunState State => _tracker.State;

    /// <summary>The last answer polled; null before the first poll.</summary>
    public OctaveRunDetails? LastStatus => _tracker.LastStatus;

    /// <summary>Reads the run once and updates <see cref="LastStatus"/>, <see cref="State"/> and <see cref="HasCompleted"/>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The run, with the first page of its items.</returns>
    /// <exception cref="WorkflowApiException">The server answered with an error.</exception>
    public Task<OctaveRunDetails> UpdateStatusAsync(CancellationToken cancellationToken = default) => _tracker.UpdateAsync(cancellationToken);

    /// <summary>
    /// Polls until the run ends (or a callback for it arrives), on the client's polling schedule. A failed or partial
    /// run is returned (<see cref="OctaveRunResult.Succeeded"/> false), not thrown. Transient poll failures (408, 429,
    /// 5xx, network) are ridden out, honouring <c>Retry-After</c>.
    /// </summary>
    /// <param name="polling">This wait's polling settings, used as given; null uses the client's.</param>
    /// <param name="cancellationToken">Ends the wait (not the run) promptly.</param>
    /// <returns>How the run ended.</returns>
    /// <exception cref="OctaveRunTimeoutException">The polling <see cref="PollingOptions.Timeout"/> passed first.</exception>
    /// <exception cref="WorkflowApiException">A poll failed in a way that would not change on retry (e.g. 404).</exception>
    public async Task<OctaveRunResult> WaitForCompletionAsync(PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        var outcome = await _tracker.WaitAsync(polling, cancellationToken).ConfigureAwait(false);
        var error = outcome.Callback is { } callback && outcome.State.IsFailure
            ? callback.Error ?? OctaveRunStateInference.ErrorOf(outcome.Status, outcome.State)
            : OctaveRunStateInference.ErrorOf(outcome.Status, outcome.State);
        return new OctaveRunResult(Id, outcome.State, outcome.Status, outcome.Callback, outcome.CompletedBy, error);
    }

    /// <summary>
    /// Polls the run and yields each change (of status or counts), the first answer included, until the run ends.
    /// </summary>
    /// <param name="polling">The polling settings; null uses the client's. Its <see cref="PollingOptions.Timeout"/> bounds the watch.</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The answers that differ from the one before, ending with the terminal one.</returns>
    public async IAsyncEnumerable<OctaveRunDetails> WatchAsync(PollingOptions? polling = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (_, run) in _tracker.WatchAsync(polling, cancellationToken).ConfigureAwait(false))
        {
            yield return run;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"OctaveRun {{ Id = {Id}, State = {State} }}";
}
