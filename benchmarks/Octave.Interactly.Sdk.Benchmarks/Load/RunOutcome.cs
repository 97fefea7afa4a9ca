namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>How one awaited run ended: whether it completed, and how long the caller waited for it.</summary>
internal readonly record struct RunOutcome(bool Completed, double WaitMilliseconds, string? Failure);
