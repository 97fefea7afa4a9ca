using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The <c>{{…}}</c> variables a workflow expects, from <c>GET /v1/workflows/dynamic-variables/{workflow_id}</c>. The public
/// sources do not fix the shape: a list under <c>dynamic_variables</c> or <c>variables</c>, of names or of objects with a
/// <c>name</c>, or an object keyed by name. <see cref="GetNames"/> reads all of these.
/// </summary>
public sealed class WorkflowDynamicVariables
{
    /// <summary>The variables under <c>dynamic_variables</c>, as raw JSON.</summary>
    [JsonPropertyName("dynamic_variables")]
    public JsonElement? DynamicVariables { get; set; }

    /// <summary>The variables under <c>variables</c>, as raw JSON.</summary>
    [JsonPropertyName("variables")]
    public JsonElement? Variables { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The variable names, in the order the service listed them, without duplicates.</summary>
    /// <returns>The names; empty when the workflow expects none.</returns>
    public IReadOnlyList<string> GetNames()
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(DynamicVariables, names, seen);
        Collect(Variables, names, seen);
        return names;
    }

    private static void Collect(JsonElement? source, List<string> names, HashSet<string> seen)
    {
        switch (source)
        {
            case { ValueKind: JsonValueKind.Array } list:
                foreach (var item in list.EnumerateArray())
                {
                    var name = item.ValueKind switch
                    {
                        JsonValueKind.String => item.GetString(),
                        JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                        _ => null,
                    };
                    Add(name, names, seen);
                }

                break;
            case { ValueKind: JsonValueKind.Object } map:
                foreach (var property in map.EnumerateObject())
                {
                    Add(property.Name, names, seen);
                }

                break;
        }
    }

    private static void Add(string? name, List<string> names, HashSet<string> seen)
    {
        if (!string.IsNullOrEmpty(name) && seen.Add(name!))
        {
            names.Add(name!);
        }
    }
}
