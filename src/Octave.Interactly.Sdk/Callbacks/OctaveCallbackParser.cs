using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Octave.Interactly.Sdk;

/// <summary>Reads an Octave callback body into an <see cref="OctaveCallback"/>.</summary>
public static class OctaveCallbackParser
{
    private static readonly string[] WorkflowIdNames = { "jobOId", "workflowRunOId" };
    private static readonly string[] AgentIdNames = { "requestId", "agentRunOId" };
    private static readonly string[] OutputNames = { "output", "result", "data" };

    /// <summary>Parses a callback body.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <returns>The callback.</returns>
    /// <exception cref="FormatException">The body is not a JSON object, or carries no run id.</exception>
    public static OctaveCallback Parse(ReadOnlySpan<byte> body) =>
        TryParse(body, out var callback, out var error) ? callback! : throw new FormatException(error);

    /// <summary>Parses a callback body without throwing.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <param name="callback">The callback, when parsing succeeded.</param>
    /// <param name="error">Why parsing failed, when it did.</param>
    /// <returns>True when the body is a callback.</returns>
    public static bool TryParse(ReadOnlySpan<byte> body, out OctaveCallback? callback, out string? error)
    {
        callback = null;
        if (body.IsEmpty)
        {
            error = "The callback body is empty.";
            return false;
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body);
            document = JsonDocument.ParseValue(ref reader);

            // ParseValue stops after the first value; anything but whitespace after it means the body is not one JSON document.
            if (HasTrailingContent(ref reader))
            {
                document.Dispose();
                error = "The callback body is not valid JSON: there is content after the JSON value.";
                return false;
            }
        }
        catch (JsonException exception)
        {
            error = "The callback body is not valid JSON: " + exception.Message;
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"The callback body must be a JSON object; got {root.ValueKind}.";
                return false;
            }

            var kind = OctaveRunKind.Workflow;
            var runId = FirstString(root, WorkflowIdNames);
            if (runId is null)
            {
                kind = OctaveRunKind.Agent;
                runId = FirstString(root, AgentIdNames);
            }

            if (runId is null)
            {
                error = "The callback body carries no run id (looked for jobOId, workflowRunOId, requestId, agentRunOId).";
                return false;
            }

            callback = new OctaveCallback(
                runId,
                kind,
                new OctaveCallbackStatus(FirstString(root, "status") ?? string.Empty),
                FirstValue(root, OutputNames),
                ReadError(root),
                Encoding.UTF8.GetString(body.ToArray()))
            {
                WorkflowOId = FirstString(root, "workflowOId"),
                AgentOId = FirstString(root, "agentOId"),
                CompletedAt = ReadTimestamp(root, "completedAt"),
            };
            error = null;
            return true;
        }
    }

    private static bool HasTrailingContent(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static string? FirstString(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    private static JsonElement? FirstValue(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                return value.Clone();
            }
        }

        return null;
    }

    private static string? ReadError(JsonElement root)
    {
        if (!root.TryGetProperty("error", out var error))
        {
            return null;
        }

        return error.ValueKind switch
        {
            JsonValueKind.String => error.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Object => FirstString(error, "message", "detail") ?? error.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => null,
            _ => error.GetRawText(),
        };
    }

    private static DateTimeOffset? ReadTimestamp(JsonElement root, string name) =>
        FirstString(root, name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
}
