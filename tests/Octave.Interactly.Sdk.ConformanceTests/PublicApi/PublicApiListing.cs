using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.ConformanceTests.PublicApi;

/// <summary>
/// A stable, sorted text listing of an assembly's public surface: one line per type and per member, with
/// modifiers, nullable annotations, default values and JSON wire names. Reviewers read its diff to see
/// what a change does to users.
/// </summary>
internal static class PublicApiListing
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static string Generate(Assembly assembly)
    {
        var builder = new StringBuilder();
        foreach (var group in PublicSurface.Types(assembly).GroupBy(type => type.Namespace ?? string.Empty).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            builder.Append("namespace ").Append(group.Key).Append('\n');
            foreach (var type in group.OrderBy(WithinNamespace, StringComparer.Ordinal))
            {
                builder.Append("  ").Append(TypeLine(type)).Append('\n');
                var members = PublicSurface.VisibleMembers(type)
                    .Select(member => (Member: member, Line: MemberLine(type, member)))
                    .OrderBy(entry => KindRank(entry.Member))
                    .ThenBy(entry => entry.Member.Name, StringComparer.Ordinal)
                    .ThenBy(entry => entry.Line, StringComparer.Ordinal)
                    .Select(entry => entry.Line);
                foreach (var line in members)
                {
                    builder.Append("    ").Append(line).Append('\n');
                }
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsSubclassOf(typeof(Delegate)) ? "delegate"
            : type.IsValueType ? (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute), false) ? "readonly struct" : "struct")
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !type.IsSubclassOf(typeof(Delegate)))
        {
            bases.Add(TypeNames.Format(baseType));
        }

        // Interfaces a base type already brings are left to that base's line.
        var inherited = type.BaseType?.GetInterfaces() ?? Type.EmptyTypes;
        bases.AddRange(type.GetInterfaces().Where(contract => !inherited.Contains(contract) && contract.IsVisible).Select(contract => TypeNames.Format(contract)).OrderBy(name => name, StringComparer.Ordinal));

        return "public " + kind + " " + WithinNamespace(type) + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    // Constructors, then data (fields, properties, events), then behaviour; by name within each group.
    private static int KindRank(MemberInfo member) => member switch
    {
        ConstructorInfo => 0,
        FieldInfo => 1,
        PropertyInfo => 2,
        EventInfo => 3,
        _ => 4,
    };

    private static string WithinNamespace(Type type) =>
        type.Namespace is { Length: > 0 } name ? TypeNames.Declared(type)[(name.Length + 1)..] : TypeNames.Declared(type);

    private static string MemberLine(Type type, MemberInfo member) => member switch
    {
        ConstructorInfo constructor => Access(constructor) + (constructor.IsStatic ? "static " : string.Empty) + TypeNames.Declared(type).Split('<')[0].Split('.')[^1] + Parameters(constructor),
        MethodInfo method => Access(method) + Modifiers(method) + TypeNames.Format(method.ReturnType, Nullability.Create(method.ReturnParameter)) + " " + MethodName(method) + Parameters(method),
        PropertyInfo property => WireName(property) + Access(property.GetMethod ?? property.SetMethod!) + Modifiers(property.GetMethod ?? property.SetMethod!)
            + TypeNames.Format(property.PropertyType, Nullability.Create(property)) + " " + PropertyName(property) + Accessors(type, property),
        FieldInfo field => FieldLine(type, field),
        EventInfo @event => Access(@event.AddMethod!) + Modifiers(@event.AddMethod!) + "event " + TypeNames.Format(@event.EventHandlerType!, Nullability.Create(@event)) + " " + @event.Name,
        _ => member.ToString() ?? member.Name,
    };

    private static string FieldLine(Type type, FieldInfo field)
    {
        if (type.IsEnum)
        {
            return field.Name + " = " + Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
        }

        var modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
        return (field.IsPublic ? "public " : "protected ") + modifiers + TypeNames.Format(field.FieldType, Nullability.Create(field)) + " " + field.Name + value;
    }

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var overrides = method.GetBaseDefinition() != method;
        return overrides ? (method.IsFinal ? "sealed override " : "override ") : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static string MethodName(MethodInfo method) =>
        method.IsGenericMethodDefinition ? method.Name + "<" + string.Join(", ", method.GetGenericArguments().Select(argument => argument.Name)) + ">" : method.Name;

    private static string PropertyName(PropertyInfo property)
    {
        var index = property.GetIndexParameters();
        return index.Length == 0 ? property.Name : "this[" + string.Join(", ", index.Select(Parameter)) + "]";
    }

    private static string Accessors(Type type, PropertyInfo property)
    {
        var parts = new List<string>();
        if (property.GetMethod is { } getter && PublicSurface.IsVisible(getter, type))
        {
            parts.Add(getter.IsPublic ? "get;" : "protected get;");
        }

        if (property.SetMethod is { } setter && PublicSurface.IsVisible(setter, type))
        {
            var keyword = setter.ReturnParameter.GetRequiredCustomModifiers().Any(modifier => modifier.Name == "IsExternalInit") ? "init;" : "set;";
            parts.Add(setter.IsPublic ? keyword : "protected " + keyword);
        }

        return " { " + string.Join(" ", parts) + " }";
    }

    private static string WireName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>() is { } name ? "[JsonPropertyName(\"" + name.Name + "\")] "
        : property.IsDefined(typeof(JsonExtensionDataAttribute)) ? "[JsonExtensionData] "
        : string.Empty;

    private static string Parameters(MethodBase method) => "(" + string.Join(", ", method.GetParameters().Select(Parameter)) + ")";

    private static string Parameter(ParameterInfo parameter)
    {
        var prefix = parameter.IsOut ? "out " : parameter.ParameterType.IsByRef ? (parameter.IsIn ? "in " : "ref ") : string.Empty;
        if (parameter.IsDefined(typeof(ParamArrayAttribute)))
        {
            prefix += "params ";
        }

        var text = prefix + TypeNames.Format(parameter.ParameterType, Nullability.Create(parameter)) + " " + parameter.Name;
        return parameter.HasDefaultValue ? text + " = " + Literal(parameter.RawDefaultValue) : text;
    }

    private static string Literal(object? value) => value switch
    {
        null => "default",
        string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool flag => flag ? "true" : "false",
        char character => "'" + character + "'",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "default",
    };
}
