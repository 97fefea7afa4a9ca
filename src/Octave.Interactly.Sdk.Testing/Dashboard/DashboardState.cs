using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Dashboard;

/// <summary>
/// What the dashboard shows, as one JSON document for <c>GET /_emulator/state</c>: Octave runs with their inputs,
/// counters, output and callback attempts, and Interactly conversations turn by turn. Computed on each request from
/// the emulator's state (runs derive their progress from the clock), so the page never sees a cached value.
/// </summary>
internal sealed class DashboardState
{
    private readonly EmulatorContext context;
    private readonly OctaveRunStore octaveRuns;
    private readonly InteractlyEmulatorEngine interactly;
    private readonly CallbackDeliveryLog deliveries;
    private readonly RequestJournal journal;

    public DashboardState(EmulatorContext context, OctaveRunStore octaveRuns, InteractlyEmulatorEngine interactly, CallbackDeliveryLog deliveries, RequestJournal journal)
    {
        this.context = context;
        this.octaveRuns = octaveRuns;
        this.interactly = interactly;
        this.deliveries = deliveries;
        this.journal = journal;
    }

    /// <summary>The newest runs and conversations shown; an emulator under load holds thousands, a page needs the latest.</summary>
    public const int MaxOctaveRuns = 200;

    /// <inheritdoc cref="MaxOctaveRuns"/>
    public const int MaxInteractlySessions = 100;

    /// <summary>The state now, with the journal entries recorded at or after <paramref name="journalFrom"/> (see <see cref="RequestJournal.ReadFrom"/>).</summary>
    public JsonObject Describe(long journalFrom)
    {
        var now = context.TimeProvider.GetUtcNow();
        var callbacks = new CallbackSnapshot(deliveries);
        var workflowRuns = octaveRuns.WorkflowRuns();
        var agentRuns = octaveRuns.AgentRuns();
        var runs = workflowRuns.Select(r => (r.CreatedAt, r.JobOId, Build: (Func<JsonObject>)(() => Workflow(r, now, callbacks))))
            .Concat(agentRuns.Select(r => (r.CreatedAt, JobOId: r.RequestId, Build: (Func<JsonObject>)(() => Agent(r, now, callbacks)))))
            .OrderByDescending(r => r.CreatedAt)
            .ThenByDescending(r => r.JobOId, StringComparer.Ordinal)
            .Take(MaxOctaveRuns)
            .Select(r => (JsonNode)r.Build())
            .ToArray();
        var conversations = interactly.Runs;
        var sessions = conversations
            .OrderByDescending(run => run.Sequence)
            .Take(MaxInteractlySessions)
            .Select(run => (JsonNode)InteractlySessionJson.Describe(run))
            .ToArray();
        var (first, next, entries) = journal.ReadFrom(journalFrom);
        long position = next - entries.Length;
        return new JsonObject
        {
            ["now"] = IsoTime.Format(now),
            ["octaveRunCount"] = workflowRuns.Length + agentRuns.Length,
            ["octaveRuns"] = new JsonArray(runs),
            ["interactlySessionCount"] = conversations.Count,
            ["interactlySessions"] = new JsonArray(sessions),
            ["journal"] = new JsonObject
            {
                ["first"] = first,
                ["next"] = next,
                ["entries"] = new JsonArray(entries.Select(e =>
                {
                    var json = ControlRoutes.EntryJson(e);
                    json["position"] = position++;
                    return (JsonNode)json;
                }).ToArray()),
            },
        };
    }

    /// <summary>A workflow is pending until it starts, running until its completion time, then succeeded or failed.</summary>
    private static JsonObject Workflow(WorkflowRunRecord run, DateTimeOffset now, CallbackSnapshot callbacks)
    {
        string state = now < run.StartedAt ? "pending" : now < run.CompletedAt ? "running" : run.Fails ? "failed" : "succeeded";
        var progress = WorkflowRunProgress.Describe(run, now);
        bool done = now >= run.CompletedAt;
        var payload = done ? run.CallbackPayload() : null;
        return new JsonObject
        {
            ["kind"] = "workflow",
            ["id"] = run.JobOId,
            ["target"] = run.Scenario.WorkflowOId,
            ["state"] = state,
            ["inputs"] = run.Inputs.DeepClone(),
            ["createdAt"] = IsoTime.Format(run.CreatedAt),
            ["startedAt"] = progress["startedAt"]?.DeepClone(),
            ["completedAt"] = progress["completedAt"]?.DeepClone(),
            ["counters"] = new JsonObject
            {
                ["total"] = progress["totalCount"]?.DeepClone(),
                ["processed"] = progress["processedCount"]?.DeepClone(),
                ["succeeded"] = progress["successCount"]?.DeepClone(),
                ["failed"] = progress["failedCount"]?.DeepClone(),
            },
            ["output"] = payload?["output"]?.DeepClone(),
            ["error"] = payload?["error"]?.DeepClone(),
            ["callback"] = callbacks.Describe(run.JobOId, run.CallbackUrl),
        };
    }

    /// <summary>An async agent (or email generation) has no separate start: it runs from creation until its result is due.</summary>
    private static JsonObject Agent(AgentRunRecord run, DateTimeOffset now, CallbackSnapshot callbacks)
    {
        bool done = now >= run.CompletedAt;
        return new JsonObject
        {
            ["kind"] = run.AgentOId == OctaveEmulatorEngine.HeadlessEmailsAgentOId ? "emails" : "agent",
            ["id"] = run.RequestId,
            ["target"] = run.AgentOId,
            ["state"] = !done ? "running" : run.Error is null ? "succeeded" : "failed",
            ["inputs"] = run.Inputs.DeepClone(),
            ["createdAt"] = IsoTime.Format(run.CreatedAt),
            ["completedAt"] = done ? IsoTime.Format(run.CompletedAt) : null,
            ["output"] = done ? run.Output?.DeepClone() : null,
            ["error"] = done ? run.Error : null,
            ["callback"] = callbacks.Describe(run.RequestId, run.CallbackUrl),
        };
    }

    /// <summary>
    /// Callback deliveries read once per state document. Statuses are read before attempts: an attempt is recorded
    /// before its run is marked delivered, so a run read as delivered always has its attempts in the later snapshot.
    /// </summary>
    private sealed class CallbackSnapshot
    {
        private readonly IReadOnlyDictionary<string, CallbackDeliveryStatus> statuses;
        private readonly ILookup<string, CallbackDeliveryAttempt> attempts;

        public CallbackSnapshot(CallbackDeliveryLog log)
        {
            statuses = log.Summary;
            attempts = log.Attempts.ToLookup(a => a.RunId, StringComparer.Ordinal);
        }

        public JsonObject? Describe(string runId, Uri? url) => url is null ? null : new JsonObject
        {
            ["url"] = url.ToString(),
            ["delivery"] = (statuses.TryGetValue(runId, out var status) ? status : CallbackDeliveryStatus.None).ToString(),
            ["attempts"] = new JsonArray(attempts[runId].Select(a => (JsonNode)ControlRoutes.AttemptJson(a)).ToArray()),
        };
    }
}
