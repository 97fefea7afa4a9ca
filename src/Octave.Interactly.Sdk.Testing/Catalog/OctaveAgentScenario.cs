using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>How a saved Octave agent behaves in the emulator, both when run synchronously and asynchronously.</summary>
public sealed class OctaveAgentScenario
{
    /// <summary>The agent id, e.g. <c>ca_enrich_company</c>.</summary>
    public required string AgentOId { get; init; }

    /// <summary>The agent's type; decides the synchronous endpoint that accepts it and the default output shape.</summary>
    public required OctaveAgentType AgentType { get; init; }

    /// <summary>Free text shown in the catalogue.</summary>
    public string? Description { get; init; }

    /// <summary>Fixed output; null generates a realistic one from the inputs.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>Computes the output from the request body; wins over <see cref="Output"/>.</summary>
    public Func<JsonObject, JsonNode?>? OutputFactory { get; init; }

    /// <summary>When set, async runs of this agent fail with this message (and synchronous runs answer 500 with it).</summary>
    public string? Error { get; init; }

    /// <summary>How long async runs stay pending; null uses <see cref="WorkflowEmulatorOptions.JobPendingMilliseconds"/>.</summary>
    public int? PendingMilliseconds { get; init; }

    /// <summary>How long async runs spend running; null uses <see cref="WorkflowEmulatorOptions.JobRunningMilliseconds"/>.</summary>
    public int? RunningMilliseconds { get; init; }
}
