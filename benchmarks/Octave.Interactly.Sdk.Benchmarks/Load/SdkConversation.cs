using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>Conversations played through the SDK: <c>InteractlyClient.StartSessionAsync</c>, then <c>InteractlySession.SendAsync</c> per turn.</summary>
internal static class SdkConversation
{
    public static IEnumerable<(string Name, SessionsScenario.ConversationFactory Factory)> Drivers(ScenarioSettings settings)
    {
        yield return ("sdk", (http, emulator) =>
        {
            var client = new InteractlyClient(http, new InteractlyOptions { ApiKey = LoadClients.ApiKey, BaseUrl = emulator.InteractlyBaseUrl });
            return token => PlayAsync(client, settings.Turns, token);
        });
    }

    private static async Task<bool> PlayAsync(InteractlyClient client, int turns, CancellationToken cancellationToken)
    {
        var session = await client.StartSessionAsync(
            ConversationScript.ChatLoopWorkflowId, new StartSessionOptions { OpeningMessage = ConversationScript.Message(1, turns) }, cancellationToken);
        await using (session)
        {
            for (var turn = 2; turn <= turns && !session.HasEnded; turn++)
            {
                await session.SendAsync(ConversationScript.Message(turn, turns), cancellationToken);
            }

            return session.TurnNumber == turns && session.Status == InteractlyRunStatus.Completed;
        }
    }
}
