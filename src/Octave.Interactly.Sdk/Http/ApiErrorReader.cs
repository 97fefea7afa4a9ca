using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Octave.Interactly.Sdk.Http;

/// <summary>
/// Reads the human message and the request id out of an error body. Both APIs are covered by one reader:
/// Octave sends <c>message</c>/<c>error</c>/<c>_metadata</c>; Interactly (FastAPI) sends <c>detail</c>
/// as a string or a list of <c>{loc, msg}</c>, or <c>message</c> plus <c>error</c>.
/// </summary>
internal static class ApiErrorReader
{
    public static (string? Message, string? RequestId) Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, null);
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            return (ReadMessage(root), ReadMetadataString(root, "requestId"));
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): the status code and raw body still reach the caller.
            return (null, null);
        }
    }

    private static string? ReadMessage(JsonElement root)
    {
        if (root.TryGetProperty("detail", out var detail))
        {
            var fromDetail = ReadDetail(detail);
            if (fromDetail is not null)
            {
                return fromDetail;
            }
        }

        var message = ReadString(root, "message");
        var error = ReadString(root, "error");
        if (message is not null && error is not null && !string.Equals(message, error, StringComparison.Ordinal))
        {
            return message + ": " + error;
        }

        return message ?? error ?? ReadMetadataString(root, "message");
    }

    private static string? ReadDetail(JsonElement detail)
    {
        if (detail.ValueKind == JsonValueKind.String)
        {
            return detail.GetString();
        }

        if (detail.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var item in detail.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                parts.Add(item.GetString()!);
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var text = new StringBuilder();
            if (item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array)
            {
                foreach (var segment in loc.EnumerateArray())
                {
                    if (text.Length > 0)
                    {
                        text.Append('.');
                    }

                    text.Append(segment.ValueKind == JsonValueKind.String ? segment.GetString() : segment.GetRawText());
                }

                text.Append(": ");
            }

            text.Append(ReadString(item, "msg") ?? item.GetRawText());
            parts.Add(text.ToString());
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? ReadMetadataString(JsonElement root, string name) =>
        root.TryGetProperty("_metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            ? ReadString(metadata, name)
            : null;

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
