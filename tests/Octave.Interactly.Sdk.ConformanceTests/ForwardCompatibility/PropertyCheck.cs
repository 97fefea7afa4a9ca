using System;
using FsCheck;
using FsCheck.Fluent;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>Runs an FsCheck property inside an NUnit test: a failure throws with the counterexample (its ToString).</summary>
internal static class PropertyCheck
{
    /// <summary>Cases per property. FsCheck prints "Ok, passed 1000 tests." to the test output, which CI keeps.</summary>
    public const int Cases = 1000;

    public static void ForAll<T>(Gen<T> generator, Action<T> assertion) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(generator.ToArbitrary(), assertion));
}
