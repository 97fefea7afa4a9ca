using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;

namespace Quickstart;

/// <summary>The three steps, against the emulator or the configured APIs.</summary>
internal static class QuickstartRun
{
    public static async Task RunAsync(QuickstartSettings settings, CancellationToken cancellationToken)
    {
        // Only an API without a key needs the emulator; run lifecycles of a few hundred ms keep progress visible yet quick.
        await using var emulator = settings.OctaveUsesEmulator || settings.InteractlyUsesEmulator
            ? await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { JobPendingMilliseconds = 300, JobRunningMilliseconds = 700 }, cancellationToken)
            : null;

        // The SDK and the sample's time limit bound every call, so the HttpClient's own 100 s timeout is not wanted.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        await using var octave = await OctaveTarget.CreateAsync(settings, emulator, http, cancellationToken);

        Show.Note($"Octave: {octave.Where}");
        Show.Note(settings.InteractlyUsesEmulator
            ? $"Interactly: embedded emulator at {emulator!.InteractlyBaseUrl}"
            : $"Interactly: {settings.InteractlyBaseUrl?.ToString() ?? "default API"}");
        if (octave.Receiver is { } receiver)
        {
            Show.Note($"Callbacks: {Redacted(receiver.CallbackUrl)}");
        }

        await WorkflowStep.RunAsync(octave, cancellationToken);
        await AgentStep.RunAsync(octave, cancellationToken);
        await ConversationStep.RunAsync(settings, emulator, http, cancellationToken);

        Show.Heading("Done");
    }

    // The token in a callback URL is its only credential, so it is not printed.
    private static string Redacted(Uri callbackUrl) => new Uri(callbackUrl, ".").AbsoluteUri + "{token}";
}
