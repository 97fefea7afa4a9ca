using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>The targets, each with the figure measured against it and whether it was met.</summary>
internal sealed class TargetCheck
{
    private readonly JsonArray _checks = new();

    public void Add(string target, JsonNode? measured, bool? met)
    {
        _checks.Add(new JsonObject
        {
            ["target"] = target,
            ["measured"] = measured?.DeepClone(),
            ["result"] = met switch { true => "PASS", false => "MISS", null => "NOT MEASURED" },
        });
    }

    public JsonArray ToJson() => _checks;

    public static double? Number(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node?[name];
        }

        return node is JsonValue value && value.TryGetValue(out double number) ? number : null;
    }
}
