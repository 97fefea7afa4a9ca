using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// A started workflow run. It holds only what was fixed at start; progress is computed from the
/// clock on demand (see <see cref="WorkflowRunProgress"/>), so no timer or thread per run is needed.
/// </summary>
internal sealed class WorkflowRunRecord
{
    public required string JobOId { get; init; }

    public required OctaveWorkflowScenario Scenario { get; init; }

    public required JsonObject Inputs { get; init; }

    public Uri? CallbackUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public TimeSpan Pending { get; init; }

    public TimeSpan Running { get; init; }

    public DateTimeOffset StartedAt => CreatedAt + Pending;

    public DateTimeOffset CompletedAt => CreatedAt + Pending + Running;

    public bool Fails => Scenario.Fails;

    /// <summary>What the callback carries when the run ends.</summary>
    public JsonObject CallbackPayload() => new()
    {
        ["jobOId"] = JobOId,
        ["workflowOId"] = Scenario.WorkflowOId,
        ["status"] = Fails ? "failed" : "succeeded",
        ["output"] = Fails ? null : Output(),
        ["error"] = Fails ? Scenario.Error ?? Scenario.CircuitBreakerReason ?? "Workflow run failed" : null,
        ["completedAt"] = IsoTime.Format(CompletedAt),
    };

    private JsonNode? Output()
    {
        if (Scenario.OutputFactory is { } factory)
        {
            return factory((JsonObject)Inputs.DeepClone());
        }

        return Scenario.Output?.DeepClone() ?? new JsonObject
        {
            ["inputs"] = Inputs.DeepClone(),
            ["summary"] = "Workflow " + Scenario.WorkflowOId + " processed its items.",
        };
    }
}
