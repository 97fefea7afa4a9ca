using System.Collections.Generic;

namespace Octave.Interactly.Sdk.Events;

/// <summary>Collects the text meant for the user from a turn's events.</summary>
internal static class AssistantTexts
{
    /// <summary>The texts in order; a shared empty list when there are none. Indexed, so no enumerator is boxed.</summary>
    public static IReadOnlyList<string> From(IReadOnlyList<InteractlyEvent> events)
    {
        List<string>? texts = null;
        for (var i = 0; i < events.Count; i++)
        {
            if (TextOf(events[i]) is { } text)
            {
                (texts ??= new List<string>()).Add(text);
            }
        }

        return texts is null ? System.Array.Empty<string>() : texts;
    }

    /// <summary>The <c>content</c> of an <c>assistant_response</c>; the event keeps its class whatever its other fields hold.</summary>
    public static string? TextOf(InteractlyEvent item) => (item as AssistantResponseEvent)?.Content;
}
