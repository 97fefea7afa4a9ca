using System;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// The process's memory at one moment, after a full blocking collection: the live managed heap, the working set,
/// and what the GC reports about its heap.
/// </summary>
internal sealed record MemoryPoint(long Managed, long WorkingSet, JsonObject Gc)
{
    public static MemoryPoint Take()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var self = Process.GetCurrentProcess();
        var gc = new JsonObject
        {
            ["heapSizeMB"] = Megabytes(info.HeapSizeBytes),
            ["fragmentedMB"] = Megabytes(info.FragmentedBytes),
            ["committedMB"] = Megabytes(info.TotalCommittedBytes),
            ["pauseTimePercentage"] = info.PauseTimePercentage,
            ["generationSizesMB"] = new JsonArray(
                Megabytes(info.GenerationInfo[0].SizeAfterBytes),
                Megabytes(info.GenerationInfo[1].SizeAfterBytes),
                Megabytes(info.GenerationInfo[2].SizeAfterBytes),
                Megabytes(info.GenerationInfo[3].SizeAfterBytes),
                Megabytes(info.GenerationInfo[4].SizeAfterBytes)),
        };
        return new MemoryPoint(managed, self.WorkingSet64, gc);
    }

    public static double Megabytes(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}
