using System;

namespace Octave.Interactly.Sdk.Testing.Tests.Support;

/// <summary>A clock that moves only when the test says so (timers still use real time).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset now = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
