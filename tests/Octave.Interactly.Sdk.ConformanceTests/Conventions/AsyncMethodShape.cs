using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>Which methods count as asynchronous, and which of them answer to a contract the SDK does not own.</summary>
internal static class AsyncMethodShape
{
    public static bool IsAsynchronous(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return true;
        }

        if (!returnType.IsGenericType)
        {
            return false;
        }

        var definition = returnType.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>);
    }

    public static bool IsAsyncEnumerable(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);

    /// <summary>
    /// True when the signature is dictated by a base class or interface from outside the SDK
    /// (IAsyncDisposable.DisposeAsync, DelegatingHandler.SendAsync, BackgroundService.ExecuteAsync...):
    /// the SDK cannot add or move a parameter there.
    /// </summary>
    public static bool IsDictatedByForeignContract(MethodInfo method)
    {
        var baseDefinition = method.GetBaseDefinition();
        if (baseDefinition.DeclaringType is { } baseType && baseType != method.DeclaringType && !PublicSurface.IsSdkAssembly(baseType.Assembly))
        {
            return true;
        }

        var declaringType = method.DeclaringType!;
        if (declaringType.IsInterface)
        {
            return false;
        }

        return declaringType.GetInterfaces()
            .Where(contract => !PublicSurface.IsSdkAssembly(contract.Assembly))
            .Any(contract => declaringType.GetInterfaceMap(contract).TargetMethods.Contains(method));
    }
}
