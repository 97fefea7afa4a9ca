using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Octave.Interactly.Sdk.ConformanceTests;

/// <summary>
/// The published assemblies and what a user can see in them. Every convention test walks this, so code that
/// lands later is covered without touching the tests.
/// </summary>
internal static class PublicSurface
{
    public const string SdkAssemblyName = "Octave.Interactly.Sdk";
    public const string AspNetCoreAssemblyName = "Octave.Interactly.Sdk.AspNetCore";
    public const string TestingAssemblyName = "Octave.Interactly.Sdk.Testing";
    public const string RedisAssemblyName = "Octave.Interactly.Sdk.Redis";

    public static readonly IReadOnlyList<string> AssemblyNames = new[] { SdkAssemblyName, AspNetCoreAssemblyName, TestingAssemblyName, RedisAssemblyName };

    // Loaded by name: the AspNetCore package may have no type this project mentions, and the compiler drops unused references.
    public static IReadOnlyList<Assembly> Assemblies { get; } = AssemblyNames.Select(Load).ToArray();

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    public static bool IsSdkAssembly(Assembly assembly) => AssemblyNames.Contains(assembly.GetName().Name);

    public static IEnumerable<Type> Types(Assembly assembly) =>
        assembly.GetExportedTypes().Where(type => !IsCompilerGenerated(type)).OrderBy(type => type.FullName, StringComparer.Ordinal);

    public static IEnumerable<Type> AllTypes() => Assemblies.SelectMany(Types);

    /// <summary>Members declared on <paramref name="type"/> that a user can call or override: public, or protected on an unsealed type.</summary>
    public static IEnumerable<MemberInfo> VisibleMembers(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var member in type.GetMembers(flags))
        {
            if (member is Type || IsCompilerGenerated(member) || member.Name.Contains('<', StringComparison.Ordinal) || !IsVisible(member, type))
            {
                continue;
            }

            if (member is MethodInfo method && method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                continue; // property and event accessors are covered by their property or event
            }

            if (member is FieldInfo { IsSpecialName: true })
            {
                continue; // an enum's value__ field
            }

            if (type.IsSubclassOf(typeof(Delegate)) && member is MethodBase)
            {
                continue; // Invoke, BeginInvoke and the constructor of a delegate are the runtime's, not ours
            }

            yield return member;
        }
    }

    public static bool IsVisible(MemberInfo member, Type declaringType)
    {
        bool Accessible(MethodBase? method) => method is not null && (method.IsPublic || (!declaringType.IsSealed && (method.IsFamily || method.IsFamilyOrAssembly)));

        return member switch
        {
            MethodBase method => Accessible(method),
            PropertyInfo property => Accessible(property.GetMethod) || Accessible(property.SetMethod),
            EventInfo @event => Accessible(@event.AddMethod),
            FieldInfo field => field.IsPublic || (!declaringType.IsSealed && (field.IsFamily || field.IsFamilyOrAssembly)),
            _ => false,
        };
    }

    public static bool IsCompilerGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
}
