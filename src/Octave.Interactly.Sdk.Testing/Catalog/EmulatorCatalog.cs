using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// The scenarios the emulator knows: Octave workflows and agents, and the Interactly workflows.
/// Registering an id that exists replaces it. Thread-safe; survives <see cref="WorkflowEmulator.Reset"/>.
/// </summary>
public sealed class EmulatorCatalog
{
    private readonly ConcurrentDictionary<string, OctaveWorkflowScenario> workflows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OctaveAgentScenario> agents = new(StringComparer.Ordinal);

    internal EmulatorCatalog(InteractlyCatalog interactly)
    {
        Interactly = interactly;
    }

    /// <summary>The Interactly workflows, registered through the Interactly engine's own catalogue.</summary>
    public InteractlyCatalog Interactly { get; }

    /// <summary>The registered Octave workflows, ordered by id.</summary>
    public IReadOnlyList<OctaveWorkflowScenario> OctaveWorkflows =>
        workflows.Values.OrderBy(w => w.WorkflowOId, StringComparer.Ordinal).ToArray();

    /// <summary>The registered Octave agents, ordered by id.</summary>
    public IReadOnlyList<OctaveAgentScenario> OctaveAgents =>
        agents.Values.OrderBy(a => a.AgentOId, StringComparer.Ordinal).ToArray();

    /// <summary>Registers (or replaces) an Octave workflow.</summary>
    public void AddOctaveWorkflow(OctaveWorkflowScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (string.IsNullOrWhiteSpace(scenario.WorkflowOId))
        {
            throw new ArgumentException("WorkflowOId is required.", nameof(scenario));
        }

        if (scenario.TotalCount < 1 || scenario.FailedCount < 0 || scenario.FailedCount > scenario.TotalCount)
        {
            throw new ArgumentException("TotalCount must be at least 1 and FailedCount between 0 and TotalCount.", nameof(scenario));
        }

        workflows[scenario.WorkflowOId] = scenario;
    }

    /// <summary>Registers (or replaces) an Octave agent.</summary>
    public void AddOctaveAgent(OctaveAgentScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (string.IsNullOrWhiteSpace(scenario.AgentOId))
        {
            throw new ArgumentException("AgentOId is required.", nameof(scenario));
        }

        agents[scenario.AgentOId] = scenario;
    }

    internal OctaveWorkflowScenario? FindWorkflow(string workflowOId) =>
        workflows.TryGetValue(workflowOId, out var scenario) ? scenario : null;

    internal OctaveAgentScenario? FindAgent(string agentOId) =>
        agents.TryGetValue(agentOId, out var scenario) ? scenario : null;
}
