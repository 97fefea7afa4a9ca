using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Reads scripts from scenario JSON. Property names are snake_case, like the Interactly wire format,
/// and matched case-insensitively; node kinds are snake_case strings.
/// </summary>
internal static class ScriptJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses <c>{"workflows":[...]}</c>; every problem is an <see cref="InvalidDataException"/> naming the workflow and field.</summary>
    public static List<InteractlyWorkflowScript> ParseSection(JsonElement section)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("Interactly scenarios: the section must be an object with a 'workflows' array.");
        }

        var scripts = new List<InteractlyWorkflowScript>();
        if (!TryGetPropertyIgnoringCase(section, "workflows", out JsonElement workflows))
        {
            return scripts;
        }

        if (workflows.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("Interactly scenarios: field 'workflows' must be an array.");
        }

        int index = 0;
        foreach (JsonElement element in workflows.EnumerateArray())
        {
            string label = DescribeForError(element, index);
            InteractlyWorkflowScript? script;
            try
            {
                script = element.Deserialize<InteractlyWorkflowScript>(Options);
            }
            catch (JsonException ex)
            {
                string field = string.IsNullOrEmpty(ex.Path) ? "" : $" at '{ex.Path}'";
                throw new InvalidDataException($"Interactly workflow {label}: invalid JSON{field}: {ex.Message}", ex);
            }

            string? problem = script is null ? "expected an object" : ScriptValidator.FindProblem(script);
            if (problem is not null)
            {
                throw new InvalidDataException($"Interactly workflow {label}: {problem}.");
            }

            scripts.Add(script!);
            index++;
        }

        return scripts;
    }

    private static string DescribeForError(JsonElement element, int index)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (string key in new[] { "name", "workflow_id" })
            {
                if (TryGetPropertyIgnoringCase(element, key, out JsonElement value) && value.ValueKind == JsonValueKind.String)
                {
                    return $"'{value.GetString()}' (workflows[{index}])";
                }
            }
        }

        return $"workflows[{index}]";
    }

    private static bool TryGetPropertyIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
