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

        // Read like an event: a field of an unexpected type is left unset rather than losing the hint.
        if (FieldTolerantReader.Read(element, InteractlyJsonContext.Default.BusyWaitForUserMessageEvent) is not BusyWaitForUserMessageEvent result)
        {
            return null;
        }

        result.Type = InteractlyEventTypes.BusyWaitForUserMessage;
        result.RawJson = element;
        return result;
    }
}
