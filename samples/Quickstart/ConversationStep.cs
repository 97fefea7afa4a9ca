using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Quickstart;

/// <summary>Step 3: hold a short scripted Interactly conversation and print who said what.</summary>
internal static class ConversationStep
{
    // The greeter asks for a name, then takes one question; another workflow simply gets these two messages.
    private static readonly string[] Script = ["Ada", "What is the answer to everything?"];

    public static async Task RunAsync(QuickstartSettings settings, WorkflowEmulator? emulator, HttpClient http, CancellationToken cancellationToken)
    {
        var options = settings.InteractlyUsesEmulator
            ? new InteractlyOptions { ApiKey = "quickstart", BaseUrl = emulator!.InteractlyBaseUrl }
            : new InteractlyOptions { ApiKey = settings.InteractlyApiKey, BaseUrl = settings.InteractlyBaseUrl ?? InteractlyOptions.DefaultBaseUrl };
        var workflowId = settings.InteractlyUsesEmulator
            ? InteractlyCatalog.GreeterWorkflowId
            : QuickstartSettings.Required(settings.InteractlyWorkflowId, "INTERACTLY_WORKFLOW_ID", "INTERACTLY_API_KEY is set");

        Show.Heading($"3. Interactly conversation with workflow {workflowId}");
        var client = new InteractlyClient(http, options);
        await using var session = await client.StartSessionAsync(workflowId, cancellationToken: cancellationToken);

        // Answers the workflow while it waits for input; when the script runs out the loop stops the run.
        var script = new Queue<string>(Script);
        var transcript = await session.RunAsync(
            (_, _) => ValueTask.FromResult(script.TryDequeue(out var next) ? next : null),
            new ConversationLoopOptions { MaxTurns = Script.Length + 1 },
            cancellationToken);

        Show.Line("Transcript:");
        foreach (var entry in transcript.Entries)
        {
            Show.Line($"  {(entry.Role == ConversationRole.User ? "you" : "assistant")}> {entry.Text}");
        }

        Show.Note($"Conversation ended: {transcript.EndReason} (status {transcript.FinalStatus}, run {transcript.RunId}).");
        if (transcript.EndReason == ConversationEndReason.Failed)
        {
            throw new InvalidOperationException($"The Interactly run {transcript.RunId} failed: {transcript.Error ?? "no detail given"}.");
        }
    }
}
