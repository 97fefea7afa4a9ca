using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Reads the other shapes a run answer can take. The documented shape nests the run in a stored record
/// (<c>{"_id", …, "workflow_run": {…}}</c>); servers also send the run flat (<c>{"id", "workflow_id", "status",
/// "input_output_pairs", …}</c>). A flat run's fields land in a model's extension data, and are read from there.
/// </summary>
internal static class RunShapes
{
    /// <summary>Fields only a run itself has: one of them next to the record fields means the run is flat.</summary>
    private static readonly string[] RunFieldNames =
    {
        "workflow_id", "status", "input_output_pairs", "workflow_run_id", "run_by", "version_number", "termination_source",
    };

    public static bool HasRunFields(IDictionary<string, JsonElement>? fields)
    {
        if (fields is null)
        {
            return false;
        }

        foreach (var name in RunFieldNames)
        {
            if (fields.ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads extension-data fields as a model, as if they had been its own JSON object.</summary>
    public static T? Read<T>(IDictionary<string, JsonElement> fields, JsonTypeInfo<T> typeInfo)
    {
        var element = JsonSerializer.SerializeToElement(fields, InteractlyJsonContext.Default.IDictionaryStringJsonElement);
        return JsonSerializer.Deserialize(element, typeInfo);
    }

    public static string? String(IDictionary<string, JsonElement>? fields, string name) =>
        fields is not null && fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The list a page of runs holds under another key than <c>workflow_runs</c>, and that key.</summary>
    public static bool TryFindRunList(IDictionary<string, JsonElement>? fields, out string key, out JsonElement list)
    {
        foreach (var candidate in new[] { "items", "data" })
        {
            if (fields is not null && fields.TryGetValue(candidate, out list) && list.ValueKind == JsonValueKind.Array)
            {
                key = candidate;
                return true;
            }
        }

        key = string.Empty;
        list = default;
        return false;
    }

    public static IReadOnlyList<T> EmptyWhenNull<T>(IReadOnlyList<T>? list) => list ?? Array.Empty<T>();
}
