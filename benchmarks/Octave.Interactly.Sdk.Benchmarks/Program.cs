using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Octave.Interactly.Sdk.Benchmarks.Load;
using Octave.Interactly.Sdk.Benchmarks.Quick;

namespace Octave.Interactly.Sdk.Benchmarks;

/// <summary>
/// Three ways in: BenchmarkDotNet micro-benchmarks (any BenchmarkDotNet arguments, e.g. <c>--filter *</c>),
/// one load scenario (<c>--scenario NAME</c>), or the quick run of everything (<c>--quick results.json [--full]</c>).
/// </summary>
internal static class Program
{
    public const string Usage = """
        Octave.Interactly.Sdk.Benchmarks (build in Release first: dotnet build Octave.Interactly.Sdk.sln -c Release)

          --filter '*'                  BenchmarkDotNet micro-benchmarks (any BenchmarkDotNet option works)
          --scenario NAME [--json PATH] one load scenario; NAME is one of: polling, callbacks, sessions, redis
              --runs N                  runs awaited at once (polling: default 10000; callbacks: waits held in
                                        flight at once, default 100000)
              --run-ms N                how long each emulated run takes (default 200; callbacks: its warm-up)
              --hold-ms N               callbacks: how long each awaited run lasts (default 10000 + 1 per wait,
                                        so that every wait is in flight before the first run ends)
              --sessions N --turns N    Interactly sessions and turns each (default 1000 x 10)
              --max-connections N       connection pool size per client (default 512)
              --redis HOST:PORT         the Redis of the redis scenario (or OCTAVE_SDK_TEST_REDIS);
                --callbacks N --samples N --waits N   its sizes (defaults 10000, 2000, 10000)
          --quick PATH                  everything, the scenarios scaled down (2000 polled runs, 20000 callback
                                        waits, 200 sessions) to finish in about two minutes; JSON and the
                                        targets (PASS/MISS) to PATH
          --quick PATH --full           the same with the scenarios at full scale (10000 polled runs, 100000
                                        callback waits, 1000 sessions); several minutes
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
