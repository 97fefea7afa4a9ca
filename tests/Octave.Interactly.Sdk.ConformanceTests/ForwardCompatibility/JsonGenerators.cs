using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>Random JSON: text with unicode and escapes, numbers at the edges, and nested objects and arrays.</summary>
internal static class JsonGenerators
{
    private static readonly string[] AwkwardText =
    {
        string.Empty, " ", "\"", "\\", "\\u0000", "\u0000", "\n\t\r", "</script>", "é", "日本語", "😀", "\u202E", "null", "true", "{}", "[]", "0",
    };

    // Characters are drawn from a seeded Random rather than one FsCheck draw each: the same variety at a
    // fraction of the cost, and a counterexample still shows the string itself.
    public static Gen<string> Text { get; } = Gen.Frequency(
        (3, RandomString("abcxyzQ_-09.:/@")),
        (2, RandomString(null)),
        (1, Gen.Elements(AwkwardText)),
        (1, Gen.Elements(AwkwardText).ArrayOf(3).Select(parts => string.Concat(parts))));

    private static Gen<string> RandomString(string? alphabet) =>
        Gen.Sized(size => Gen.Zip(Gen.Choose(0, Math.Max(1, size)), Gen.Choose(int.MinValue, int.MaxValue))).Select(pair =>
        {
            var random = new Random(pair.Item2);
            var chars = new char[pair.Item1];
            for (var index = 0; index < chars.Length; index++)
            {
                // Below the surrogate range: lone surrogates are not text, and JSON writers replace them.
                chars[index] = alphabet is null ? (char)random.Next(0x20, 0xD800) : alphabet[random.Next(alphabet.Length)];
            }

            return new string(chars);
        });

    public static Gen<string> NonEmptyText { get; } = Text.Where(text => text.Length > 0);

    /// <summary>A JSON property name that none of <paramref name="reserved"/> matches, ignoring case.</summary>
    public static Gen<string> KeyOutside(IReadOnlySet<string> reserved) =>
        Text.Where(key => !reserved.Contains(key));

    public static Gen<JsonNode?> Scalar { get; } = Gen.OneOf(
        Gen.Constant<JsonNode?>(null),
        Gen.Elements(true, false).Select(flag => (JsonNode?)JsonValue.Create(flag)),
        Gen.Choose(int.MinValue, int.MaxValue).Select(number => (JsonNode?)JsonValue.Create(number)),
        Gen.Elements(0.5, -1e-9, 1.7976931348623157e308, 9007199254740993d, -0.0).Select(number => (JsonNode?)JsonValue.Create(number)),
        Text.Select(text => (JsonNode?)JsonValue.Create(text)));

    /// <summary>Any JSON value; depth and width grow with FsCheck's size.</summary>
    public static Gen<JsonNode?> Value { get; } = Gen.Sized(size => ValueOfDepth(Math.Min(2, size / 30)));

    public static Gen<JsonElement> Element { get; } = Value.Select(ToElement);

    /// <summary>Any JSON value but null: a nullable JsonElement property reads a JSON null back as "absent".</summary>
    public static Gen<JsonElement> NonNullElement { get; } = Value.Where(node => node is not null).Select(ToElement);

    public static JsonElement ToElement(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }

    /// <summary>Zero to four items: nesting gives the variety, width only costs time.</summary>
    public static Gen<T[]> SomeOf<T>(Gen<T> item) => Gen.Choose(0, 4).SelectMany(count => item.ArrayOf(count));

    private static Gen<JsonNode?> ValueOfDepth(int depth)
    {
        if (depth <= 0)
        {
            return Scalar;
        }

        var inner = ValueOfDepth(depth - 1);
        var array = SomeOf(inner).Select(items => (JsonNode?)new JsonArray(items.Select(item => item?.DeepClone()).ToArray()));
        var @object = SomeOf(Gen.Zip(Text, inner)).Select(fields =>
        {
            var result = new JsonObject();
            foreach (var (key, value) in fields)
            {
                result[key] = value?.DeepClone();
            }

            return (JsonNode?)result;
        });
        return Gen.Frequency((3, Scalar), (1, array), (1, @object));
    }
}
