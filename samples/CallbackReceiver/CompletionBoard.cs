using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Octave.Interactly.Sdk;

namespace CallbackReceiver;

/// <summary>The runs this app started and the callbacks that came back, for <c>GET /runs</c>.</summary>
internal sealed class CompletionBoard
{
    private readonly ConcurrentDictionary<string, RunRecord> _runs = new(StringComparer.Ordinal);

    public void Started(string runId, string workflowOId) =>
        _runs.TryAdd(runId, new RunRecord(runId, workflowOId, DateTimeOffset.UtcNow));

    public void Completed(OctaveCallback callback) =>
        _runs.AddOrUpdate(
            callback.RunId,
            id => new RunRecord(id, callback.WorkflowOId ?? callback.AgentOId, null) { Completion = Describe(callback) },
            (_, run) => run with { Completion = Describe(callback) });

    public IReadOnlyList<RunRecord> Runs() => _runs.Values.OrderBy(run => run.StartedAt ?? DateTimeOffset.MaxValue).ToArray();

    private static RunCompletion Describe(OctaveCallback callback) =>
        new(callback.Status.ToString(), DateTimeOffset.UtcNow, callback.Output, callback.Error);
}

/// <summary>One run; <see cref="Completion"/> is null until its callback arrives. A run started elsewhere has no start time.</summary>
internal sealed record RunRecord(string RunId, string? WorkflowOId, DateTimeOffset? StartedAt)
{
    public RunCompletion? Completion { get; init; }
}

internal sealed record RunCompletion(string Status, DateTimeOffset ReceivedAt, JsonElement? Output, string? Error);
