using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>Mean and percentiles of a set of durations in milliseconds.</summary>
internal static class LatencyStats
{
    public static JsonObject Describe(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new JsonObject { ["count"] = 0 };
        }

        var sorted = milliseconds.OrderBy(value => value).ToArray();
        return new JsonObject
        {
            ["count"] = sorted.Length,
            ["meanMs"] = Round(sorted.Average()),
            ["p50Ms"] = Round(Percentile(sorted, 0.50)),
            ["p95Ms"] = Round(Percentile(sorted, 0.95)),
            ["p99Ms"] = Round(Percentile(sorted, 0.99)),
            ["maxMs"] = Round(sorted[^1]),
        };
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static double Round(double value) => Math.Round(value, 1);
}
