using System;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>
/// The ID the C# compiler writes into <c>&lt;member name="..."&gt;</c> for a type or member
/// (ECMA-334 annex D): <c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c>, with generic, nested, by-ref,
/// array and conversion-operator encodings.
/// </summary>
internal static class DocumentationId
{
    public static string For(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeName(type),
        ConstructorInfo constructor => "M:" + TypeName(constructor.DeclaringType!) + "." + (constructor.IsStatic ? "#cctor" : "#ctor") + Parameters(constructor),
        MethodInfo method => "M:" + TypeName(method.DeclaringType!) + "." + method.Name
            + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty)
            + Parameters(method)
            + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + Reference(method.ReturnType) : string.Empty),
        PropertyInfo property => "P:" + TypeName(property.DeclaringType!) + "." + property.Name
            + (property.GetIndexParameters().Length > 0 ? "(" + string.Join(",", property.GetIndexParameters().Select(p => Reference(p.ParameterType))) + ")" : string.Empty),
        FieldInfo field => "F:" + TypeName(field.DeclaringType!) + "." + field.Name,
        EventInfo @event => "E:" + TypeName(@event.DeclaringType!) + "." + @event.Name,
        _ => throw new ArgumentException("No documentation ID for " + member.MemberType, nameof(member)),
    };

    /// <summary>A type as it is declared: <c>Namespace.Outer`1.Inner</c>.</summary>
    private static string TypeName(Type type)
    {
        var name = type.IsNested ? TypeName(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? string.Empty : type.Namespace + ".") + type.Name;
        return name;
    }

    private static string Parameters(MethodBase method)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => Reference(p.ParameterType))) + ")";
    }

    /// <summary>A type as a parameter refers to it: <c>System.Collections.Generic.IList{System.String}</c>, <c>`0</c>, <c>``0</c>.</summary>
    private static string Reference(Type type)
    {
        if (type.IsByRef)
        {
            return Reference(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return Reference(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Reference(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return TypeName(type);
        }

        // Generic arguments are spread over the nesting chain: Outer<A>.Inner<B> has [A, B] on Inner.
        var arguments = type.GetGenericArguments();
        var builder = new StringBuilder();
        var chain = new System.Collections.Generic.List<Type>();
        for (var current = type.IsGenericTypeDefinition ? type : type.GetGenericTypeDefinition(); current is not null; current = current.DeclaringType)
        {
            chain.Insert(0, current);
        }

        var used = 0;
        foreach (var part in chain)
        {
            builder.Append(part == chain[0] ? (part.Namespace is null ? string.Empty : part.Namespace + ".") : ".");
            var tick = part.Name.IndexOf('`', StringComparison.Ordinal);
            builder.Append(tick < 0 ? part.Name : part.Name[..tick]);
            var total = part.GetGenericArguments().Length;
            if (total > used)
            {
                builder.Append('{').Append(string.Join(",", arguments.Skip(used).Take(total - used).Select(Reference))).Append('}');
                used = total;
            }
        }

        return builder.ToString();
    }
}
