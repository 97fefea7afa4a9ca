using System.Collections.Generic;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>Conversations played through the SDK's Interactly session.</summary>
internal static class SdkConversation
{
    public static IEnumerable<(string Name, SessionsScenario.ConversationFactory Factory)> Drivers(ScenarioSettings settings)
    {
        _ = settings;
        yield break;
    }
}
