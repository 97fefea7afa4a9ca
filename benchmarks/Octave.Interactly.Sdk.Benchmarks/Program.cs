using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Octave.Interactly.Sdk.Benchmarks.Load;
using Octave.Interactly.Sdk.Benchmarks.Quick;

namespace Octave.Interactly.Sdk.Benchmarks;

/// <summary>
/// Three ways in: BenchmarkDotNet micro-benchmarks (any BenchmarkDotNet arguments, e.g. <c>--filter *</c>),
/// one load scenario (<c>--scenario NAME</c>), or the quick run of everything (<c>--quick results.json</c>).
/// </summary>
internal static class Program
{
    public const string Usage = """
        Octave.Interactly.Sdk.Benchmarks (build in Release first: dotnet build Octave.Interactly.Sdk.sln -c Release)

          --filter '*'                  BenchmarkDotNet micro-benchmarks (any BenchmarkDotNet option works)
          --scenario NAME [--json PATH] one load scenario; NAME is one of: polling, callbacks, sessions, redis
              --runs N                  runs awaited at once (polling, callbacks; default 10000)
              --run-ms N                how long each emulated run takes (default 200)
              --sessions N --turns N    Interactly sessions and turns each (default 1000 x 10)
              --max-connections N       connection pool size per client (default 512)
              --redis HOST:PORT         the Redis of the redis scenario (or OCTAVE_SDK_TEST_REDIS);
                --callbacks N --samples N --waits N   its sizes (defaults 10000, 2000, 10000)
          --quick PATH                  everything, scaled down to finish within two minutes; JSON to PATH
        """;

    private static async Task<int> Main(string[] args)
    {
        try
        {
            var arguments = Arguments.Parse(args);
            if (arguments.Has("help") || arguments.Has("h"))
            {
                Console.WriteLine(Usage);
                return 0;
            }

            if (arguments.Has("scenario"))
            {
                return await ScenarioCommand.RunAsync(arguments);
            }

            if (arguments.Has("quick"))
            {
                return await QuickCommand.RunAsync(arguments);
            }

            // The generated runner rebuilds the SDK, the receiver and the emulator; on two busy cores that can take
            // longer than BenchmarkDotNet's default two minutes.
            var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return 0;
        }
        catch (FormatException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message + Environment.NewLine + Usage);
            return 2;
        }
    }
}
