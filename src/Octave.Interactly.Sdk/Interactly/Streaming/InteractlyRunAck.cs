using System.Text.Json;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The streaming driver's acknowledgement of the first frame: the one frame without a <c>type</c>. Its exact
/// fields are not documented; the run id is read from <c>workflow_run_id</c>, <c>run_id</c>, <c>_id</c> or
/// <c>id</c> (also inside a nested <c>run_ack</c> object), and the whole frame is kept in <see cref="Json"/>.
/// </summary>
public sealed class InteractlyRunAck
{
    private static readonly string[] RunIdNames = { "workflow_run_id", "run_id", "_id", "id" };

    /// <summary>Creates an acknowledgement from its frame.</summary>
    /// <param name="json">The frame, a JSON object.</param>
    public InteractlyRunAck(JsonElement json)
    {
        Json = json;
        RunId = FindRunId(json);
    }

    /// <summary>The run's id, or null when the frame named none.</summary>
    public string? RunId { get; }

    /// <summary>The frame as received.</summary>
    public JsonElement Json { get; }

    /// <summary>True for a frame that is an acknowledgement: a JSON object without a <c>type</c> property.</summary>
    /// <param name="frame">A frame.</param>
    /// <returns>Whether it is the acknowledgement.</returns>
    public static bool IsAck(JsonElement frame) =>
        frame.ValueKind == JsonValueKind.Object && !frame.TryGetProperty("type", out _);

    private static string? FindRunId(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in RunIdNames)
        {
            if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } id)
            {
                return id;
            }
        }

        return json.TryGetProperty("run_ack", out var nested) ? FindRunId(nested) : null;
    }
}
