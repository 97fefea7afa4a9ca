using System;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Start a workflow run and poll its status on the scenario's schedule until it reports completion, through the
/// SDK's endpoint layer. Capped exponential backoff with ±jitter, like <c>PollingOptions</c>.
/// </summary>
internal sealed class ManualPollingLoop
{
    private readonly IOctaveApi _api;
    private readonly ScenarioSettings _settings;

    public ManualPollingLoop(IOctaveApi api, ScenarioSettings settings)
    {
        _api = api;
        _settings = settings;
    }

    public async Task<WorkflowRunStatus> RunAsync(RunWorkflowRequest request, CancellationToken cancellationToken)
    {
        var started = await _api.RunWorkflowAsync(request, cancellationToken: cancellationToken);
        var delay = _settings.PollInitialInterval.TotalMilliseconds;
        while (true)
        {
            var spread = 1 + (_settings.PollJitter * ((Random.Shared.NextDouble() * 2) - 1));
            await Task.Delay(TimeSpan.FromMilliseconds(delay * spread), cancellationToken);
            var status = await _api.GetWorkflowRunStatusAsync(started.JobOId!, cancellationToken: cancellationToken);
            if (status.Data is { CompletedAt: not null } done)
            {
                return done;
            }

            delay = Math.Min(delay * _settings.PollMultiplier, _settings.PollMaxInterval.TotalMilliseconds);
        }
    }
}
