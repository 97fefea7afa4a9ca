using System;
using System.Collections.Concurrent;
using System.Linq;

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

    /// <summary>A snapshot of every workflow run, in no particular order.</summary>
    public WorkflowRunRecord[] WorkflowRuns() => workflowRuns.Values.ToArray();

    /// <summary>A snapshot of every async agent and email-generation run, in no particular order.</summary>
    public AgentRunRecord[] AgentRuns() => agentRuns.Values.ToArray();

    public void Clear()
    {
        workflowRuns.Clear();
        agentRuns.Clear();
    }
}
