using System;
using System.IO;

namespace Octave.Interactly.Sdk.Benchmarks.Emulator;

/// <summary>
/// Finds the emulator CLI built by the Emulator (tool) project. BenchmarkDotNet runs each benchmark from a generated
/// folder under this project's bin, so the search walks up to the repository root rather than trusting the
/// current directory.
/// </summary>
internal static class EmulatorLocator
{
    public const string EnvironmentVariable = "WORKFLOW_EMULATOR_DLL";

    private const string DllName = "Octave.Interactly.Sdk.Emulator.dll";

    public static string FindDll()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException(EnvironmentVariable + " names no file.", configured);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "Octave.Interactly.Sdk.sln")))
            {
                continue;
            }

            foreach (var configuration in new[] { "Release", "Debug" })
            {
                var candidate = Path.Combine(directory.FullName, "src", "Octave.Interactly.Sdk.Emulator", "bin", configuration, "net10.0", DllName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            "The emulator is not built. Run 'dotnet build Octave.Interactly.Sdk.sln -c Release' first, or set " + EnvironmentVariable + ".",
            DllName);
    }
}
