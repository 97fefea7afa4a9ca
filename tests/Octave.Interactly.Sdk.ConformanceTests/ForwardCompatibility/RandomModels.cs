using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// Random instances of any SDK model, built by reflection over its settable wire properties, so a request model
/// that lands later is generated without a new generator. A property is left null only where the model's own
/// default is null (an optional field); collections and nested models recurse a few levels deep.
/// </summary>
internal static class RandomModels
{
    private const int MaxDepth = 7;

    public static Gen<object> Of(Type type) => Model(type, MaxDepth).Select(model => model!);

    private static Gen<object?> Model(Type type, int depth)
    {
        var template = Activator.CreateInstance(type)!;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .Where(property => property.IsDefined(typeof(JsonPropertyNameAttribute), true) || property.IsDefined(typeof(JsonExtensionDataAttribute), true))
            .ToList();
        var reserved = properties.Where(property => property.IsDefined(typeof(JsonPropertyNameAttribute), true)).Select(WireModels.WireName).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var values = properties.Select(property =>
        {
            var optional = property.GetValue(template) is null;
            var value = property.IsDefined(typeof(JsonExtensionDataAttribute), true)
                ? ExtensionData(property.PropertyType, reserved)
                : Value(property.PropertyType, depth);
            return optional && !property.PropertyType.IsValueType ? Gen.Frequency((1, Gen.Constant<object?>(null)), (3, value)) : value;
        });

        return Gen.CollectToArray(values).Select(generated =>
        {
            var model = Activator.CreateInstance(type)!;
            for (var index = 0; index < properties.Count; index++)
            {
                properties[index].SetValue(model, generated[index]);
            }

            return (object?)model;
        });
    }

    private static Gen<object?> Value(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Gen.Frequency((1, Gen.Constant<object?>(null)), (3, Value(underlying, depth)));
        }

        if (type == typeof(string))
        {
            return JsonGenerators.Text.Select(text => (object?)text);
        }

        if (type == typeof(bool))
        {
            return Gen.Elements(true, false).Select(flag => (object?)flag);
        }

        if (type == typeof(int))
        {
            return Gen.Choose(int.MinValue, int.MaxValue).Select(number => (object?)number);
        }

        if (type == typeof(long))
        {
            return Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(pair => (object?)(((long)pair.Item1 << 31) | (long)pair.Item2));
        }

        if (type == typeof(double))
        {
            return Gen.Zip(Gen.Choose(-1_000_000, 1_000_000), Gen.Choose(1, 1000)).Select(pair => (object?)(pair.Item1 / (double)pair.Item2));
        }

        if (type == typeof(JsonElement))
        {
            // A JSON null in a JsonElement? reads back as "absent"; the generator leaves absence to the Nullable branch.
            return JsonGenerators.NonNullElement.Select(element => (object?)element);
        }

        if (type == typeof(object))
        {
            return JsonGenerators.Element.Select(element => (object?)element);
        }

        if (type == typeof(DateTimeOffset))
        {
            return Gen.Choose(0, int.MaxValue).Select(seconds => (object?)DateTimeOffset.FromUnixTimeSeconds(seconds));
        }

        if (type.IsEnum)
        {
            return Gen.Elements(Enum.GetValues(type).Cast<object>().ToArray()).Select(value => (object?)value);
        }

        if (StringValueStructs.Types().Contains(type))
        {
            return JsonGenerators.NonEmptyText.Select(text => StringValueStructs.Read(type, JsonSerializer.Serialize(text)));
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            var entries = JsonGenerators.SomeOf(Gen.Zip(JsonGenerators.Text, depth > 0 ? Value(valueType, depth - 1) : Value(valueType, 0)));
            return entries.Select(pairs =>
            {
                var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
                foreach (var (key, value) in pairs)
                {
                    dictionary[key] = value;
                }

                return (object?)dictionary;
            });
        }

        if (ListItemType(type) is { } itemType)
        {
            if (depth <= 0 && !IsLeaf(itemType))
            {
                return Gen.Constant<object?>(Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType)));
            }

            // Lists of models branch at every level: two items each keep deep trees affordable.
            var count = IsLeaf(itemType) ? Gen.Choose(0, 4) : Gen.Choose(0, 2);
            return count.SelectMany(n => Value(itemType, depth - 1).ArrayOf(n)).Select(items =>
            {
                var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
                foreach (var item in items)
                {
                    list.Add(item);
                }

                return (object?)list;
            });
        }

        if (type.IsClass && type.GetConstructor(Type.EmptyTypes) is not null && PublicSurface.IsSdkAssembly(type.Assembly))
        {
            return depth <= 0 ? Gen.Constant<object?>(Activator.CreateInstance(type)) : Model(type, depth - 1);
        }

        throw new NotSupportedException($"No random generator for {type}: teach RandomModels.Value this shape.");
    }

    private static Gen<object?> ExtensionData(Type type, IReadOnlySet<string> reserved) =>
        JsonGenerators.SomeOf(Gen.Zip(JsonGenerators.KeyOutside(reserved), JsonGenerators.Element)).Select(pairs =>
        {
            var dictionary = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var (key, value) in pairs)
            {
                dictionary[key] = value;
            }

            return type.IsAssignableFrom(dictionary.GetType()) ? (object?)dictionary : throw new NotSupportedException("Extension data of type " + type);
        });

    private static bool IsLeaf(Type type) => type == typeof(string) || type.IsValueType || type == typeof(object);

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var key, var value] && key == typeof(string)
        && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(Dictionary<,>))
            ? value
            : null;

    private static Type? ListItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericArguments() is [var item]
            && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
                ? item
                : null;
    }
}
