using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.ConformanceTests;

/// <summary>
/// What the SDK hands back to callers: the SDK types reachable from the return types of public methods,
/// through their public properties. Services and handles (anything with an async method of its own) are
/// not models and are left out.
/// </summary>
internal static class ResponseModels
{
    public static IReadOnlyList<Type> Types()
    {
        var found = new HashSet<Type>();
        var pending = new Queue<Type>(WireModels.AotAssemblies
            .SelectMany(PublicSurface.Types)
            .SelectMany(PublicSurface.VisibleMembers)
            .OfType<MethodInfo>()
            .SelectMany(method => SdkTypesIn(method.ReturnType)));

        while (pending.TryDequeue(out var type))
        {
            if (!found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var reached in SdkTypesIn(property.PropertyType))
                {
                    pending.Enqueue(reached);
                }
            }
        }

        return found.Where(IsModel).OrderBy(type => type.FullName, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<Type> SdkTypesIn(Type type)
    {
        if (type.HasElementType)
        {
            return SdkTypesIn(type.GetElementType()!);
        }

        var own = type.IsGenericType ? Enumerable.Empty<Type>() : new[] { type };
        var arguments = type.IsGenericType ? type.GetGenericArguments().SelectMany(SdkTypesIn) : Enumerable.Empty<Type>();
        return own.Where(candidate => PublicSurface.IsSdkAssembly(candidate.Assembly) && candidate.IsVisible).Concat(arguments);
    }

    private static bool IsModel(Type type) =>
        !type.IsAbstract && !type.IsInterface && !type.IsEnum && !type.IsGenericParameter
        && !typeof(Exception).IsAssignableFrom(type)
        && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(JsonSerializerContext).IsAssignableFrom(type)
        && !typeof(JsonConverter).IsAssignableFrom(type)
        && !StringValueStructs.Types().Contains(type)
        && !type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(Conventions.AsyncMethodShape.IsAsynchronous);
}
