using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;

namespace Quickstart;

/// <summary>Step 2: run an async Octave agent and print its result.</summary>
internal static class AgentStep
{
    public static async Task RunAsync(OctaveTarget octave, CancellationToken cancellationToken)
    {
        Show.Heading($"2. Octave agent {octave.AgentOId}");
        var request = new EnrichCompanyRequest { AgentOId = octave.AgentOId, CompanyDomain = "analytical-engines.example" };

        // Octave requires a callback URL for agents; without a receiver the discarding URL is given and polling finds the result.
        var options = new StartRunOptions { CallbackUrl = octave.AgentCallbackUrl };
        var result = (await octave.Client.RunAgentAsync(request, options, octave.WatchPolling, cancellationToken)).EnsureSucceeded();

        Show.Note($"Run {result.RequestId} {result.State}; its end was reported by {result.CompletedBy}.");
        if (result.Result is { } output)
        {
            Show.Json("Agent result:", output);
        }
        else
        {
            Show.Line("Agent result: (none returned)");
        }
    }
}
