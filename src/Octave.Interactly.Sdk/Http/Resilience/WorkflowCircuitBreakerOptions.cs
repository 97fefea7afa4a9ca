using System;
using System.Globalization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// When to stop calling an API that keeps failing. The breaker opens when, within <see cref="SamplingDuration"/>,
/// at least <see cref="MinimumThroughput"/> attempts were made and at least <see cref="FailureRatio"/> of them failed
/// (408, 429, 5xx, transport failure or attempt timeout); calls then fail at once with
/// <see cref="WorkflowCircuitOpenException"/> for <see cref="BreakDuration"/>, after which one trial call decides.
/// </summary>
public sealed class WorkflowCircuitBreakerOptions
{
    /// <summary>Default <see cref="FailureRatio"/>: 0.5.</summary>
    public const double DefaultFailureRatio = 0.5;

    /// <summary>Default <see cref="MinimumThroughput"/>: 20 attempts.</summary>
    public const int DefaultMinimumThroughput = 20;

    /// <summary>Default <see cref="SamplingDuration"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultSamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>Default <see cref="BreakDuration"/>: 15 seconds.</summary>
    public static readonly TimeSpan DefaultBreakDuration = TimeSpan.FromSeconds(15);

    /// <summary>False leaves the breaker out of the pipeline. Defaults to true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The share of failed attempts (greater than 0, at most 1) that opens the breaker. Defaults to 0.5.</summary>
    public double FailureRatio { get; set; } = DefaultFailureRatio;

    /// <summary>The fewest attempts in a sampling window before the breaker may open (at least 2). Defaults to 20.</summary>
    public int MinimumThroughput { get; set; } = DefaultMinimumThroughput;

    /// <summary>The window over which failures are counted (at least 0.5 s). Defaults to 30 s.</summary>
    public TimeSpan SamplingDuration { get; set; } = DefaultSamplingDuration;

    /// <summary>How long the breaker stays open before a trial call. Defaults to 15 s.</summary>
    public TimeSpan BreakDuration { get; set; } = DefaultBreakDuration;

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{{ Enabled = {0}, FailureRatio = {1}, MinimumThroughput = {2}, SamplingDuration = {3}, BreakDuration = {4} }}",
        Enabled,
        FailureRatio,
        MinimumThroughput,
        SamplingDuration,
        BreakDuration);
}
