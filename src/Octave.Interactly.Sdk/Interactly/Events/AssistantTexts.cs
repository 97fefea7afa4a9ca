using System.Collections.Generic;

namespace Octave.Interactly.Sdk.Events;

/// <summary>Collects the text meant for the user from a turn's events.</summary>
internal static class AssistantTexts
{
    public static IReadOnlyList<string> From(IEnumerable<InteractlyEvent> events)
    {
        var texts = new List<string>();
        foreach (var item in events)
        {
            if (TextOf(item) is { } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    /// <summary>The <c>content</c> of an <c>assistant_response</c>; the event keeps its class whatever its other fields hold.</summary>
    public static string? TextOf(InteractlyEvent item) => (item as AssistantResponseEvent)?.Content;
}
