using System;
using System.Collections.Concurrent;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>Started Octave runs by id. Thread-safe.</summary>
internal sealed class OctaveRunStore
{
    private readonly ConcurrentDictionary<string, WorkflowRunRecord> workflowRuns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AgentRunRecord> agentRuns = new(StringComparer.Ordinal);

    public void Add(WorkflowRunRecord run) => workflowRuns[run.JobOId] = run;

    public void Add(AgentRunRecord run) => agentRuns[run.RequestId] = run;

    public WorkflowRunRecord? FindWorkflowRun(string jobOId) => workflowRuns.TryGetValue(jobOId, out var run) ? run : null;

    public AgentRunRecord? FindAgentRun(string requestId) => agentRuns.TryGetValue(requestId, out var run) ? run : null;

    public System.Collections.Generic.IEnumerable<WorkflowRunRecord> WorkflowRuns => workflowRuns.Values;

    public System.Collections.Generic.IEnumerable<AgentRunRecord> AgentRuns => agentRuns.Values;

    public void Clear()
    {
        workflowRuns.Clear();
        agentRuns.Clear();
    }
}
