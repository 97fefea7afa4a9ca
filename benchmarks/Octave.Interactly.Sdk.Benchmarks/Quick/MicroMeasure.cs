using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>
/// A Stopwatch measurement for the quick run, where BenchmarkDotNet's process-per-benchmark runs would not fit in
/// two minutes. Cases run in alternating rounds, so a change in machine load falls on every case alike, and each
/// figure is the median over rounds of the per-call mean. Allocations are the process's, and the server runs in
/// another process, so they are the client's.
/// </summary>
internal static class MicroMeasure
{
    public static async Task<JsonObject> CompareAsync(string baseline, IReadOnlyList<(string Name, Func<Task> Call)> cases, int rounds, int callsPerRound)
    {
        var loadAtStart = MachineInfo.LoadAverage();
        foreach (var (_, call) in cases)
        {
            for (var i = 0; i < Math.Max(50, callsPerRound / 2); i++)
            {
                await call();
            }
        }

        var nanoseconds = cases.ToDictionary(c => c.Name, _ => new List<double>(), StringComparer.Ordinal);
        var bytes = cases.ToDictionary(c => c.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < cases.Count; k++)
            {
                // Rotate the order each round so no case always runs first after the previous round's garbage.
                var (name, call) = cases[(k + round) % cases.Count];
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < callsPerRound; i++)
                {
                    await call();
                }

                var elapsed = Stopwatch.GetElapsedTime(started);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                nanoseconds[name].Add(elapsed.TotalMilliseconds * 1_000_000 / callsPerRound);
                bytes[name].Add((double)allocated / callsPerRound);
            }
        }

        var baseTime = Median(nanoseconds[baseline]);
        var baseBytes = Median(bytes[baseline]);
        var json = new JsonObject
        {
            ["method"] = $"Stopwatch, {rounds} alternating rounds of {callsPerRound} calls per case, median of round means",
            ["baseline"] = baseline,
            ["loadAverageAtStart"] = loadAtStart,
            ["loadAverageAtEnd"] = MachineInfo.LoadAverage(),
        };
        foreach (var (name, _) in cases)
        {
            var time = Median(nanoseconds[name]);
            var allocated = Median(bytes[name]);
            json[name] = new JsonObject
            {
                ["meanNs"] = Math.Round(time, 0),
                ["allocatedBytes"] = Math.Round(allocated, 0),
                ["timeRatio"] = Math.Round(time / baseTime, 3),
                ["allocatedRatio"] = baseBytes > 0 ? Math.Round(allocated / baseBytes, 3) : null,
            };
        }

        return json;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
