using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Emulator;

/// <summary>The CLI's arguments, parsed by hand to keep the tool free of extra dependencies.</summary>
internal sealed class CommandLineArguments
{
    public const string Usage = """
        workflow-emulator: a local Octave v2 and Interactly Workflows v1 server for tests and samples.

        Usage: workflow-emulator [options]

        Options:
          --port <port>          Port to listen on, on 127.0.0.1 (default 0: pick a free port)
          --seed <n>             Seed for ids and fault probability (default 1)
          --scenarios <file>     JSON scenario file: { "octave": {...}, "interactly": {...} }
          --api-key <key>        Accept only this key (repeatable; default: any non-empty key)
          --pending-ms <ms>      Time a run stays pending (default 200)
          --running-ms <ms>      Time a run spends running (default 800)
          -h, --help             Show this help

        Stops on Ctrl+C or SIGTERM.
        """;

    public bool ShowHelp { get; private init; }

    public WorkflowEmulatorOptions Options { get; } = new();

    /// <summary>Parses <paramref name="args"/>; throws <see cref="FormatException"/> naming the bad argument.</summary>
    public static CommandLineArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CommandLineArguments { ShowHelp = args.Contains("--help") || args.Contains("-h") };
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h")
            {
                continue;
            }

            string value = i + 1 < args.Count ? args[++i] : throw new FormatException("Missing value for " + name + ".");
            switch (name)
            {
                case "--port":
                    parsed.Options.Port = Number(name, value, 0, 65535);
                    break;
                case "--seed":
                    parsed.Options.Seed = Number(name, value, int.MinValue, int.MaxValue);
                    break;
                case "--scenarios":
                    parsed.Options.ScenarioFile = value;
                    break;
                case "--api-key":
                    parsed.Options.ApiKeys.Add(value);
                    break;
                case "--pending-ms":
                    parsed.Options.JobPendingMilliseconds = Number(name, value, 0, int.MaxValue);
                    break;
                case "--running-ms":
                    parsed.Options.JobRunningMilliseconds = Number(name, value, 0, int.MaxValue);
                    break;
                default:
                    throw new FormatException("Unknown option " + name + ".");
            }
        }

        return parsed;
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number) && number >= min && number <= max
            ? number
            : throw new FormatException(name + " expects a whole number between " + min.ToString(CultureInfo.InvariantCulture)
                + " and " + max.ToString(CultureInfo.InvariantCulture) + ", got '" + value + "'.");
}
