using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;

namespace Quickstart;

/// <summary>Step 1: run an Octave workflow, show its progress, print its output.</summary>
internal static class WorkflowStep
{
    public static async Task RunAsync(OctaveTarget octave, CancellationToken cancellationToken)
    {
        Show.Heading($"1. Octave workflow {octave.WorkflowOId}");
        var inputs = new EnrichPersonRequest { FirstName = "Ada", Email = "ada@analytical-engines.example", CompanyDomain = "analytical-engines.example" };
        var run = await octave.Client.StartWorkflowAsync(octave.WorkflowOId, inputs, cancellationToken: cancellationToken);

        // The wait starts before the progress display polls, so it is listening when the callback with the output arrives.
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var completion = run.WaitForCompletionAsync(cancellationToken: stopWaiting.Token);
        try
        {
            await RunProgressDisplay.FollowAsync(run, octave.WatchPolling, cancellationToken);
        }
        catch
        {
            await stopWaiting.CancelAsync();
            throw;
        }

        var result = (await completion).EnsureSucceeded();
        Show.Note($"Run {result.JobOId} {result.State}; its end was reported by {result.CompletedBy}.");
        if (result.Output is { } output)
        {
            Show.Json("Workflow output:", output);
            return;
        }

        var status = result.Status;
        Show.Line($"Workflow finished: {status?.ProcessedCount} of {status?.TotalCount} items processed, {status?.FailedCount} failed.");
        Show.Note("The output itself is delivered only by callback: set OCTAVE_CALLBACK_URL to a public HTTPS URL that forwards to this process to print it.");
    }
}
