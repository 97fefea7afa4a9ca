using System;
using System.Collections.Generic;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Settings for a <c>WorkflowEmulator</c>. Every duration is in milliseconds so tests can
/// run whole job lifecycles in a fraction of a second.
/// </summary>
public sealed class WorkflowEmulatorOptions
{
    /// <summary>TCP port to listen on (loopback only). 0 picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>Seed for every random choice the emulator makes (ids, fault probability), so runs are repeatable.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// Accepted API keys (Octave <c>api_key</c> header and Interactly bearer token).
    /// Empty means any non-empty key is accepted.
    /// </summary>
    public ISet<string> ApiKeys { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Default time a new run stays pending before it starts.</summary>
    public int JobPendingMilliseconds { get; set; } = 200;

    /// <summary>Default time a run spends running before it completes.</summary>
    public int JobRunningMilliseconds { get; set; } = 800;

    /// <summary>How many times a callback POST is attempted before the run is marked delivered-failed.</summary>
    public int CallbackMaxAttempts { get; set; } = 5;

    /// <summary>Delay before the second callback attempt; it doubles for each later attempt.</summary>
    public int CallbackInitialRetryDelayMilliseconds { get; set; } = 200;

    /// <summary>How long one callback POST may take before it counts as failed.</summary>
    public int CallbackTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>Maximum number of requests the journal keeps; the oldest are dropped first.</summary>
    public int JournalCapacity { get; set; } = 10_000;

    /// <summary>Whether the journal keeps request bodies.</summary>
    public bool JournalCaptureBodies { get; set; } = true;

    /// <summary>Optional path of a JSON scenario file loaded at start-up.</summary>
    public string? ScenarioFile { get; set; }

    /// <summary>The clock behind every timestamp and duration the emulator uses.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
