using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// One conversation's state. Mutated only under <see cref="Sync"/>; <see cref="TryBeginTurn"/> makes a
/// second concurrent turn fail fast (409) instead of queueing behind the first.
/// </summary>
internal sealed class InteractlyRun
{
    private int turnInProgress;

    public InteractlyRun(string runId, long sequence, InteractlyWorkflowScript script, int version, DateTimeOffset createdAt)
    {
        RunId = runId;
        Sequence = sequence;
        Script = script;
        Version = version;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public object Sync { get; } = new();

    public string RunId { get; }

    /// <summary>Creation order; the run list sorts newest first by it, since timestamps can tie.</summary>
    public long Sequence { get; }

    /// <summary>The script as registered when the run began; later catalogue changes do not affect it.</summary>
    public InteractlyWorkflowScript Script { get; }

    public int Version { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Status { get; set; } = InteractlyRunStatus.Running;

    public string? Error { get; set; }

    public string? TerminationSource { get; set; }

    public int TurnNumber { get; set; }

    public string RunBy { get; set; } = "api";

    public string TeamId { get; set; } = "";

    public JsonObject Miscellaneous { get; set; } = [];

    /// <summary>The wait node the run is parked at, if any.</summary>
    public ScriptNode? ParkedNode { get; set; }

    /// <summary>The latest <c>busy_wait_for_user_message</c> event: <c>next_input_hint</c> while waiting.</summary>
    public JsonObject? LastBusyWait { get; set; }

    public string LastUserMessage { get; set; } = "";

    /// <summary>Values for <c>{{placeholders}}</c>: dynamic variables plus captured answers.</summary>
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>What <c>workflow_show_state</c> reports: runtime variables sent by the client plus captured answers.</summary>
    public Dictionary<string, string> RuntimeVariables { get; } = new(StringComparer.Ordinal);

    public List<CompanionWork> Companions { get; } = [];

    /// <summary>One entry per turn: <c>{ run_input, run_output: { events, thread_to_node_outputs } }</c>.</summary>
    public List<JsonObject> InputOutputPairs { get; } = [];

    public LlmUsageTotals LlmUsage { get; } = new();

    public bool IsTerminal => InteractlyRunStatus.IsTerminal(Status);

    public bool HasBackgroundWork => !IsTerminal && Companions.Count > 0;

    public bool TryBeginTurn() => Interlocked.CompareExchange(ref turnInProgress, 1, 0) == 0;

    public void EndTurn() => Volatile.Write(ref turnInProgress, 0);
}
