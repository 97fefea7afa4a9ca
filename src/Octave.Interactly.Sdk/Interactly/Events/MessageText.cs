using System.Text.Json;

namespace Octave.Interactly.Sdk.Events;

/// <summary>Reads the text out of a message that may be a plain string or a LangChain message object.</summary>
internal static class MessageText
{
    public static string? From(JsonElement? message)
    {
        if (message is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        return value.ValueKind == JsonValueKind.Object
               && value.TryGetProperty("content", out var content)
               && content.ValueKind == JsonValueKind.String
            ? content.GetString()
            : null;
    }
}
