using System;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Start a run that asks for a callback, and wait for the callback, polling status only on the slow fallback
/// schedule in case it is lost.
/// </summary>
internal sealed class CallbackOrPollWaiter
{
    private readonly IOctaveApi _api;
    private readonly OctaveRunCompletionRegistry _registry;
    private readonly Uri _callbackUrl;
    private readonly TimeSpan _fallbackInterval;

    public CallbackOrPollWaiter(IOctaveApi api, OctaveRunCompletionRegistry registry, Uri callbackUrl, TimeSpan fallbackInterval)
    {
        _api = api;
        _registry = registry;
        _callbackUrl = callbackUrl;
        _fallbackInterval = fallbackInterval;
    }

    /// <summary>Returns the run id and whether the callback (rather than a poll) ended the wait.</summary>
    public async Task<(string JobOId, bool ByCallback)> RunAsync(RunWorkflowRequest request, CancellationToken cancellationToken)
    {
        request.CallbackUrl = _callbackUrl.AbsoluteUri;
        var started = await _api.RunWorkflowAsync(request, cancellationToken: cancellationToken);
        var jobOId = started.JobOId!;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var callback = _registry.WaitAsync(jobOId, stop.Token);
        var polling = PollAsync(jobOId, stop.Token);
        var first = await Task.WhenAny(callback, polling);
        await stop.CancelAsync();
        await Task.WhenAll(callback, polling).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await first;
        return (jobOId, first == callback);
    }

    private async Task PollAsync(string jobOId, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(_fallbackInterval, cancellationToken);
            var status = await _api.GetWorkflowRunStatusAsync(jobOId, cancellationToken: cancellationToken);
            if (status.Data?.CompletedAt is not null)
            {
                return;
            }
        }
    }
}
