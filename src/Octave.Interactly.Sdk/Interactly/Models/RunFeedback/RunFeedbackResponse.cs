using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// What the add-comment and rating endpoints answer. The service echoes the whole run document
/// (<c>{"workflow_run": {..., "workflow_run": {...}}}</c>); older deployments may answer with the bare comment.
/// Both shapes are kept; <see cref="FindNewestComment"/> finds the comment just added in either.
/// </summary>
public sealed class RunFeedbackResponse
{
    /// <summary>The run record echoed by the service, as raw JSON; null when the answer was a bare comment.</summary>
    [JsonPropertyName("workflow_run")]
    public JsonElement? WorkflowRun { get; set; }

    /// <summary>Fields this SDK does not model (a bare comment's fields land here).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// The newest comment at the place a comment was added: on the run (no arguments), on a turn, or on an event.
    /// </summary>
    /// <param name="turnIndex">The 0-based turn whose comments to read.</param>
    /// <param name="eventId">The logical id of the event whose comments to read; takes precedence over <paramref name="turnIndex"/>.</param>
    /// <returns>The last comment there, or null when there is none.</returns>
    public RunComment? FindNewestComment(int? turnIndex = null, string? eventId = null)
    {
        if (WorkflowRun is not { ValueKind: JsonValueKind.Object } record)
        {
            return BareComment();
        }

        var state = record.TryGetProperty("workflow_run", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : record;
        if (eventId is not null)
        {
            foreach (var pair in Items(state, "input_output_pairs"))
            {
                if (pair.TryGetProperty("run_output", out var output))
                {
                    foreach (var item in Items(output, "events"))
                    {
                        if (item.TryGetProperty("logical_id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == eventId)
                        {
                            return Last(item);
                        }
                    }
                }
            }

            return null;
        }

        if (turnIndex is { } index)
        {
            var turn = 0;
            foreach (var pair in Items(state, "input_output_pairs"))
            {
                if (turn++ == index)
                {
                    return Last(pair);
                }
            }

            return null;
        }

        return Last(state);
    }

    private RunComment? BareComment()
    {
        if (AdditionalProperties is null || !AdditionalProperties.ContainsKey("logical_id"))
        {
            return null;
        }

        // Re-read the bare comment's fields through the comment model, so both shapes parse the same way.
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in AdditionalProperties)
            {
                writer.WritePropertyName(field.Key);
                field.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return JsonSerializer.Deserialize(buffer.ToArray(), InteractlyJsonContext.Default.RunComment);
    }

    private static RunComment? Last(JsonElement owner)
    {
        JsonElement? last = null;
        foreach (var comment in Items(owner, "comments"))
        {
            last = comment;
        }

        return last is { ValueKind: JsonValueKind.Object } found ? JsonSerializer.Deserialize(found, InteractlyJsonContext.Default.RunComment) : null;
    }

    private static IEnumerable<JsonElement> Items(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : System.Linq.Enumerable.Empty<JsonElement>();
}
