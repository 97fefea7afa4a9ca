using System.Text.Json;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>Reads <c>next_input_hint</c> as a busy-wait event when it has that shape.</summary>
internal static class BusyWaitHintReader
{
    public static BusyWaitForUserMessageEvent? Read(JsonElement? hint)
    {
        if (hint is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        // The hint is the busy-wait event's payload; it may or may not repeat the type.
        if (element.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
            && type.GetString() != InteractlyEventTypes.BusyWaitForUserMessage)
        {
            return null;
        }

        try
        {
            var result = JsonSerializer.Deserialize(element, InteractlyJsonContext.Default.BusyWaitForUserMessageEvent);
            if (result is not null)
            {
                result.Type = InteractlyEventTypes.BusyWaitForUserMessage;
                result.RawJson = element;
            }

            return result;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
