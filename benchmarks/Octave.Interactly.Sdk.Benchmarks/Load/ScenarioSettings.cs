using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>The knobs of a load scenario; the defaults are the full-scale figures.</summary>
internal sealed record ScenarioSettings
{
    public int Runs { get; init; } = 10_000;

    /// <summary>How long each emulated workflow run takes, start to completion (all of it "running").</summary>
    public int RunMilliseconds { get; init; } = 200;

    /// <summary>How long each awaited run of the callback scenario lasts; null derives it from the number of waits.</summary>
    public int? HoldMilliseconds { get; init; }

    public int Sessions { get; init; } = 1_000;

    public int Turns { get; init; } = 10;

    public int MaxConnections { get; init; } = 512;

    /// <summary>The polling schedule: first poll after this, then each delay times <see cref="PollMultiplier"/>.</summary>
    public TimeSpan PollInitialInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public double PollMultiplier { get; init; } = 1.5;

    public TimeSpan PollMaxInterval { get; init; } = TimeSpan.FromSeconds(1);

    public double PollJitter { get; init; } = 0.2;

    /// <param name="arguments">The command line.</param>
    /// <param name="defaultRuns">The scenario's own default for <c>--runs</c>.</param>
    public static ScenarioSettings From(Arguments arguments, int? defaultRuns = null)
    {
        var defaults = new ScenarioSettings();
        return defaults with
        {
            Runs = arguments.Number("runs", defaultRuns ?? defaults.Runs),
            HoldMilliseconds = arguments.Has("hold-ms") ? arguments.Number("hold-ms", 1) : null,
            RunMilliseconds = arguments.Number("run-ms", defaults.RunMilliseconds),
            Sessions = arguments.Number("sessions", defaults.Sessions),
            Turns = arguments.Number("turns", defaults.Turns),
            MaxConnections = arguments.Number("max-connections", defaults.MaxConnections),
        };
    }

    /// <summary>
    /// The fewest status requests a run of <see cref="RunMilliseconds"/> needs under the jitter-free schedule: polls
    /// happen at the running sums of the delays, and the first one at or after the run's end sees it completed.
    /// </summary>
    public int MinimumStatusRequestsPerRun()
    {
        var elapsed = 0.0;
        var delay = PollInitialInterval.TotalMilliseconds;
        var polls = 0;
        while (elapsed < RunMilliseconds)
        {
            elapsed += delay;
            polls++;
            delay = Math.Min(delay * PollMultiplier, PollMaxInterval.TotalMilliseconds);
        }

        return Math.Max(polls, 1);
    }

    /// <summary>The schedule as the SDK's <see cref="PollingOptions"/>.</summary>
    public PollingOptions Polling() => new()
    {
        InitialInterval = PollInitialInterval,
        BackoffMultiplier = PollMultiplier,
        MaxInterval = PollMaxInterval,
        Jitter = PollJitter,
    };

    public JsonObject ToJson() => new()
    {
        ["runs"] = Runs,
        ["runMs"] = RunMilliseconds,
        ["sessions"] = Sessions,
        ["turns"] = Turns,
        ["maxConnections"] = MaxConnections,
        ["pollInitialMs"] = PollInitialInterval.TotalMilliseconds,
        ["pollMultiplier"] = PollMultiplier,
        ["pollMaxMs"] = PollMaxInterval.TotalMilliseconds,
        ["pollJitter"] = PollJitter,
    };
}
