using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>Edits and comparisons of JSON trees for the forward-compatibility properties.</summary>
internal static class JsonShapes
{
    public static IEnumerable<string> PropertyNames(JsonNode? node) => node switch
    {
        JsonObject @object => @object.SelectMany(property => PropertyNames(property.Value).Prepend(property.Key)),
        JsonArray array => array.SelectMany(PropertyNames),
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>Every object in the tree, the root first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject @object => @object.Select(property => property.Value).SelectMany(Objects).Prepend(@object),
        JsonArray array => array.SelectMany(Objects),
        _ => Enumerable.Empty<JsonObject>(),
    };

    /// <summary>Paths (lists of property names and array indexes as text) of every property in the tree.</summary>
    public static IReadOnlyList<string[]> PropertyPaths(JsonNode? node)
    {
        var paths = new List<string[]>();
        Collect(node, new List<string>(), paths);
        return paths;
    }

    /// <summary>
    /// Adds the fields to every object that is a record. Objects under <paramref name="dictionaryNames"/> are maps
    /// (thread id to inputs, say): a new key there is a new entry that must have the entry's shape, not an extra field.
    /// </summary>
    public static void AddToEveryObject(JsonNode? root, IReadOnlyList<(string Key, JsonNode? Value)> fields, IReadOnlySet<string> dictionaryNames)
    {
        foreach (var @object in Objects(root).Where(@object => @object.Parent is not JsonObject || !dictionaryNames.Contains(@object.GetPropertyName())).ToList())
        {
            foreach (var (key, value) in fields)
            {
                @object[key] = value?.DeepClone();
            }
        }
    }

    public static void Remove(JsonNode root, IEnumerable<string[]> paths)
    {
        // Deepest first, so removing a parent never invalidates a child's path.
        foreach (var path in paths.OrderByDescending(path => path.Length))
        {
            var parent = root;
            foreach (var step in path.Take(path.Length - 1))
            {
                parent = parent is JsonArray array ? array[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : parent?[step];
            }

            (parent as JsonObject)?.Remove(path[^1]);
        }
    }

    public static void Set(JsonNode root, IReadOnlyList<string> path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path.Take(path.Count - 1))
        {
            parent = parent![step];
        }

        parent!.AsObject()[path[^1]] = value;
    }

    /// <summary>The tree without the given property names at any depth, as compact JSON.</summary>
    public static string Without(string json, IReadOnlySet<string> names)
    {
        var node = JsonNode.Parse(json);
        foreach (var @object in Objects(node).ToList())
        {
            foreach (var key in @object.Select(property => property.Key).Where(names.Contains).ToList())
            {
                @object.Remove(key);
            }
        }

        return node?.ToJsonString() ?? "null";
    }

    private static void Collect(JsonNode? node, List<string> prefix, List<string[]> paths)
    {
        switch (node)
        {
            case JsonObject @object:
                foreach (var property in @object)
                {
                    prefix.Add(property.Key);
                    paths.Add(prefix.ToArray());
                    Collect(property.Value, prefix, paths);
                    prefix.RemoveAt(prefix.Count - 1);
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    prefix.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Collect(array[index], prefix, paths);
                    prefix.RemoveAt(prefix.Count - 1);
                }

                break;
        }
    }
}
