using System;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;
using Spectre.Console;

namespace Quickstart;

/// <summary>Follows a workflow run's status: a live progress bar on a terminal, one line per change otherwise.</summary>
internal static class RunProgressDisplay
{
    public static async Task FollowAsync(WorkflowRun run, PollingOptions polling, CancellationToken cancellationToken)
    {
        if (!Show.IsInteractive)
        {
            await foreach (var update in run.WatchAsync(polling, cancellationToken))
            {
                Show.Line($"  {run.Id}: {update}");
            }

            return;
        }

        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask(Markup.Escape($"{run.Id}: {run.State}"), maxValue: 1);
                await foreach (var update in run.WatchAsync(polling, cancellationToken))
                {
                    bar.MaxValue = Math.Max(1, update.Status.TotalCount ?? 1);
                    bar.Value = update.State.IsTerminal ? bar.MaxValue : update.Status.ProcessedCount ?? 0;
                    bar.Description = Markup.Escape($"{run.Id}: {update}");
                }

                bar.StopTask();
            });
    }
}
