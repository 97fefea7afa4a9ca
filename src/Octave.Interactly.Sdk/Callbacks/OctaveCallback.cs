using System;
using System.Text.Json;

namespace Octave.Interactly.Sdk;

/// <summary>
/// What Octave POSTs to a run's <c>callbackUrl</c> when the run ends. The payload's field names are not fully
/// documented, so the parser looks for each value under every name the sources use and keeps the raw JSON.
/// Build one with <see cref="OctaveCallbackParser.Parse(ReadOnlySpan{byte})"/>.
/// </summary>
public sealed class OctaveCallback
{
    /// <summary>Creates a callback; normally done by <see cref="OctaveCallbackParser"/> (public for tests).</summary>
    /// <param name="runId">The run id.</param>
    /// <param name="kind">Whether a workflow or an agent run is reported.</param>
    /// <param name="status">The reported outcome.</param>
    /// <param name="output">The run's output, if any.</param>
    /// <param name="error">The error message, if any.</param>
    /// <param name="rawJson">The body as received.</param>
    public OctaveCallback(string runId, OctaveRunKind kind, OctaveCallbackStatus status, JsonElement? output, string? error, string rawJson)
    {
        RunId = runId ?? throw new ArgumentNullException(nameof(runId));
        Kind = kind;
        Status = status;
        Output = output;
        Error = error;
        RawJson = rawJson ?? throw new ArgumentNullException(nameof(rawJson));
    }

    /// <summary>
    /// The run this callback is about: <c>jobOId</c> or <c>workflowRunOId</c> for a workflow,
    /// <c>requestId</c> or <c>agentRunOId</c> for an agent or email run.
    /// </summary>
    public string RunId { get; }

    /// <summary>Whether the run is a workflow run or an agent (or email-generation) run.</summary>
    public OctaveRunKind Kind { get; }

    /// <summary>The reported outcome; an unknown value is kept as received.</summary>
    public OctaveCallbackStatus Status { get; }

    /// <summary>The run's output (<c>output</c>, <c>result</c> or <c>data</c>), if any.</summary>
    public JsonElement? Output { get; }

    /// <summary>The error message on failure (<c>error</c> as a string, or its <c>message</c>).</summary>
    public string? Error { get; }

    /// <summary>The workflow that ran, when the payload names it.</summary>
    public string? WorkflowOId { get; init; }

    /// <summary>The agent that ran, when the payload names it.</summary>
    public string? AgentOId { get; init; }

    /// <summary>When the run finished, when the payload says.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The body exactly as received.</summary>
    public string RawJson { get; }

    /// <summary>The key a receiver de-duplicates on: the run id plus the status.</summary>
    public string DeduplicationKey => RunId + "|" + (Status.Value ?? string.Empty).ToLowerInvariant();

    /// <inheritdoc />
    public override string ToString() => $"OctaveCallback {{ RunId = {RunId}, Kind = {Kind}, Status = {Status} }}";
}

/// <summary>The kind of background run Octave reports on.</summary>
public enum OctaveRunKind
{
    /// <summary>The payload did not say.</summary>
    Unknown,

    /// <summary>A workflow run (<c>jobOId</c>).</summary>
    Workflow,

    /// <summary>An async agent or email-generation run (<c>requestId</c>).</summary>
    Agent,

    /// <summary>A run of the Runs API (<c>GET /api/v2/runs/{oId}</c>, ids <c>run_…</c>).</summary>
    Run,
}
