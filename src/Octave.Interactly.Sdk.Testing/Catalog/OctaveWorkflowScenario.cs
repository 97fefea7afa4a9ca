using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>How an Octave workflow behaves in the emulator: its counters, outcome, output and timing.</summary>
public sealed class OctaveWorkflowScenario
{
    /// <summary>The workflow id clients start, e.g. <c>caw_demo_enrich</c>.</summary>
    public required string WorkflowOId { get; init; }

    /// <summary>Free text shown in the catalogue.</summary>
    public string? Description { get; init; }

    /// <summary>Number of items the run processes (reported as <c>totalCount</c>).</summary>
    public int TotalCount { get; init; } = 1;

    /// <summary>Number of items that fail (reported as <c>failedCount</c> when the run completes).</summary>
    public int FailedCount { get; init; }

    /// <summary>Whether the run ends as failed: the callback carries <c>status: "failed"</c> and <see cref="Error"/>.</summary>
    public bool Fails { get; init; }

    /// <summary>Reason reported in <c>circuitBreakerReason</c> when the run fails.</summary>
    public string? CircuitBreakerReason { get; init; }

    /// <summary>Error message sent in a failed run's callback.</summary>
    public string? Error { get; init; }

    /// <summary>Fixed output sent in the callback of a successful run.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>Computes the output from the run's inputs (the extra keys of the start request); wins over <see cref="Output"/>.</summary>
    public Func<JsonObject, JsonNode?>? OutputFactory { get; init; }

    /// <summary>How long runs stay pending; null uses <see cref="WorkflowEmulatorOptions.JobPendingMilliseconds"/>.</summary>
    public int? PendingMilliseconds { get; init; }

    /// <summary>How long runs spend running; null uses <see cref="WorkflowEmulatorOptions.JobRunningMilliseconds"/>.</summary>
    public int? RunningMilliseconds { get; init; }
}
