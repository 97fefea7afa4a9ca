using System.Collections.Generic;
using System.Text.Json;

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

    /// <summary>
    /// The <c>content</c> of an <c>assistant_response</c>, also when the event fell back to <see cref="UnknownEvent"/>
    /// because another of its fields had an unexpected shape: the user must still see the text.
    /// </summary>
    public static string? TextOf(InteractlyEvent item) => item switch
    {
        AssistantResponseEvent response => response.Content,
        UnknownEvent unknown when unknown.Type == InteractlyEventTypes.AssistantResponse
                                  && unknown.RawJson.ValueKind == JsonValueKind.Object
                                  && unknown.RawJson.TryGetProperty("content", out var content)
                                  && content.ValueKind == JsonValueKind.String => content.GetString(),
        _ => null,
    };
}
