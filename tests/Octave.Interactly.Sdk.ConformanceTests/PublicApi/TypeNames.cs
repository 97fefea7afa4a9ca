using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Octave.Interactly.Sdk.ConformanceTests.PublicApi;

/// <summary>C#-looking type names with nullable annotations: <c>System.Threading.Tasks.Task&lt;string?&gt;</c>.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(char)] = "char",
    };

    public static string Format(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef)
        {
            return Format(type.GetElementType()!, nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Format(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Format(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + suffix;
        }

        return Declared(type, nullability) + suffix;
    }

    /// <summary>The type's own name with its generic parameters: <c>Namespace.Outer.Name&lt;T&gt;</c>.</summary>
    public static string Declared(Type type, NullabilityInfo? nullability = null)
    {
        var prefix = type.IsNested ? Declared(type.DeclaringType!) + "." : (type.Namespace is null ? string.Empty : type.Namespace + ".");
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var name = tick < 0 ? type.Name : type.Name[..tick];
        if (!type.IsGenericType)
        {
            return prefix + name;
        }

        var arguments = type.GetGenericArguments();
        var argumentNullability = nullability?.GenericTypeArguments;
        var formatted = arguments.Select((argument, index) =>
            Format(argument, argumentNullability is { Length: > 0 } infos && index < infos.Length ? infos[index] : null));
        return prefix + name + "<" + string.Join(", ", formatted) + ">";
    }
}
