using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>What the figures were measured on, including how busy the machine was: other processes skew them.</summary>
internal static class MachineInfo
{
    public static JsonObject Describe() => new()
    {
        ["os"] = RuntimeInformation.OSDescription,
        ["architecture"] = RuntimeInformation.OSArchitecture.ToString(),
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["processorCount"] = Environment.ProcessorCount,
        ["cpu"] = CpuModel(),
        ["memoryGiB"] = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0, 1),
        ["loadAverage"] = LoadAverage(),
        ["note"] = "The load process and the emulator process share these cores.",
    };

    /// <summary>The 1-, 5- and 15-minute load averages, where the system publishes them.</summary>
    public static string? LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null;

    private static string? CpuModel()
    {
        if (!File.Exists("/proc/cpuinfo"))
        {
            return null;
        }

        foreach (var line in File.ReadLines("/proc/cpuinfo"))
        {
            if (line.StartsWith("model name", StringComparison.Ordinal))
            {
                return line.Substring(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
            }
        }

        return null;
    }
}
