using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>
/// Azure SDK rule: every public asynchronous method can be cancelled, and cancelling is optional.
/// A method without it forces callers to wrap the call in their own timeout.
/// </summary>
public sealed class CancellationTokenConventionTests
{
    [Test]
    public void Every_public_async_method_ends_with_an_optional_cancellation_token()
    {
        var violations = new List<string>();
        foreach (var method in PublicAsyncMethods())
        {
            var parameters = method.GetParameters();
            var last = parameters.LastOrDefault();
            if (last is null || last.ParameterType != typeof(CancellationToken))
            {
                violations.Add($"{Describe(method)}: the last parameter must be CancellationToken cancellationToken = default");
            }
            else if (!last.HasDefaultValue)
            {
                violations.Add($"{Describe(method)}: the CancellationToken parameter needs a default (= default)");
            }
            else if (last.Name != "cancellationToken")
            {
                violations.Add($"{Describe(method)}: name the CancellationToken parameter 'cancellationToken', not '{last.Name}'");
            }

            if (parameters.Count(parameter => parameter.ParameterType == typeof(CancellationToken)) > 1)
            {
                violations.Add($"{Describe(method)}: takes more than one CancellationToken");
            }
        }

        Assert.That(violations, Is.Empty, "Async methods that break the cancellation convention:\n  " + string.Join("\n  ", violations));
    }

    [Test]
    public void Every_public_async_iterator_lets_WithCancellation_reach_the_token()
    {
        var violations = PublicAsyncMethods()
            .Where(AsyncMethodShape.IsAsyncEnumerable)
            .Where(method => method.IsDefined(typeof(AsyncIteratorStateMachineAttribute), inherit: false))
            .Where(method => method.GetParameters().LastOrDefault() is not { } last || !last.IsDefined(typeof(EnumeratorCancellationAttribute), inherit: false))
            .Select(Describe)
            .ToList();

        Assert.That(violations, Is.Empty, "Async iterators whose token is not marked [EnumeratorCancellation]:\n  " + string.Join("\n  ", violations));
    }

    [Test]
    public void The_convention_check_sees_the_endpoint_methods()
    {
        // Guards the guard: if discovery silently found nothing, every check above would pass vacuously.
        var names = PublicAsyncMethods().Select(method => method.DeclaringType!.Name + "." + method.Name).ToList();

        Assert.That(names, Does.Contain("IOctaveApi.RunWorkflowAsync"));
    }

    private static IEnumerable<MethodInfo> PublicAsyncMethods() =>
        PublicSurface.AllTypes()
            .SelectMany(PublicSurface.VisibleMembers)
            .OfType<MethodInfo>()
            .Where(AsyncMethodShape.IsAsynchronous)
            .Where(method => !AsyncMethodShape.IsDictatedByForeignContract(method));

    private static string Describe(MethodInfo method) =>
        $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(parameter => parameter.ParameterType.Name + " " + parameter.Name))})";
}
