using System;
using NUnit.Framework;
using NUnit.Framework.Constraints;

namespace Octave.Interactly.Sdk.Tests;

/// <summary>The endpoint interfaces are implemented by Refit's source generator, never by reflection or by hand.</summary>
internal static class GeneratedByRefit
{
    public static Constraint Constraint =>
        Is.Not.Null.And.Matches<object>(api => api.GetType().FullName!.StartsWith("Refit.Implementation.", StringComparison.Ordinal));
}
