using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Run management beyond the turn protocol (§2.4): delete, the schema document, the evaluation result, and
/// comments and ratings on a run, a turn or an event. Feedback on a run that has not finished answers 409, as the
/// service does.
/// </summary>
internal sealed class RunFeedbackEndpoints
{
    private const string RunPath = "/v1/workflow-runs/{workflow_run_id}";
    private static readonly string[] Ratings = ["up", "down", "strong_up"];

    private readonly InteractlyServices services;
    private readonly ConcurrentDictionary<string, RunFeedback> feedback = new(StringComparer.Ordinal);

    public RunFeedbackEndpoints(InteractlyServices services) => this.services = services;

    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/v1/workflow-runs/schema", (Func<IResult>)Schema);
        group.MapDelete(RunPath, (Func<HttpContext, IResult>)Delete);
        group.MapGet(RunPath + "/evaluation-result", (Func<HttpContext, IResult>)Evaluation);
        group.MapPost(RunPath + "/comments", (Func<HttpContext, Task<IResult>>)(http => AddCommentAsync(http, Target.Run)));
        group.MapDelete(RunPath + "/comments/{comment_logical_id}", (Func<HttpContext, IResult>)(http => DeleteComment(http, Target.Run)));
        group.MapPost(RunPath + "/turns/{turn_index}/comments", (Func<HttpContext, Task<IResult>>)(http => AddCommentAsync(http, Target.Turn)));
        group.MapDelete(RunPath + "/turns/{turn_index}/comments/{comment_logical_id}", (Func<HttpContext, IResult>)(http => DeleteComment(http, Target.Turn)));
        group.MapPost(RunPath + "/events/{event_id}/comments", (Func<HttpContext, Task<IResult>>)(http => AddCommentAsync(http, Target.Event)));
        group.MapDelete(RunPath + "/events/{event_id}/comments/{comment_logical_id}", (Func<HttpContext, IResult>)(http => DeleteComment(http, Target.Event)));
        group.MapPut(RunPath + "/turns/{turn_index}/rating", (Func<HttpContext, Task<IResult>>)(http => RateAsync(http, Target.Turn)));
        group.MapDelete(RunPath + "/turns/{turn_index}/rating", (Func<HttpContext, IResult>)(http => DeleteRating(http, Target.Turn)));
        group.MapPut(RunPath + "/events/{event_id}/rating", (Func<HttpContext, Task<IResult>>)(http => RateAsync(http, Target.Event)));
        group.MapDelete(RunPath + "/events/{event_id}/rating", (Func<HttpContext, IResult>)(http => DeleteRating(http, Target.Event)));
    }

    /// <summary>The run's detail document with its comments and ratings.</summary>
    public JsonObject Detail(InteractlyRun run) => FeedbackOf(run).Decorate(RunDocuments.Detail(run, services.Catalog.RunShape));

    public void Clear() => feedback.Clear();

    private enum Target
    {
        Run,
        Turn,
        Event,
    }

    private static IResult Schema() => WireReplies.Json(StatusCodes.Status200OK, RunSchemaDocument.Build());

    private IResult Delete(HttpContext http)
    {
        string runId = RunIdOf(http);
        if (!services.Runs.TryRemove(runId))
        {
            return WireReplies.NotFound($"Workflow run {runId} not found");
        }

        feedback.TryRemove(runId, out _);
        return Results.NoContent();
    }

    private IResult Evaluation(HttpContext http)
    {
        if (!TryFinishedRun(http, out InteractlyRun? run, out IResult? error))
        {
            return error;
        }

        lock (run.Sync)
        {
            bool passed = run.Status == InteractlyRunStatus.Completed;
            var result = new JsonObject
            {
                ["score"] = passed ? 1.0 : 0.0,
                ["passed"] = passed,
                ["details"] = new JsonObject { ["status"] = run.Status, ["turns"] = run.InputOutputPairs.Count },
                ["evaluated_at"] = services.Events.UtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            };
            return WireReplies.Json(StatusCodes.Status200OK, result);
        }
    }

    private async Task<IResult> AddCommentAsync(HttpContext http, Target target)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body?["content"] is not JsonValue value || !value.TryGetValue(out string? content) || string.IsNullOrWhiteSpace(content))
        {
            return WireReplies.Validation("Field required", "missing", "body", "content");
        }

        if (!TryFinishedRun(http, out InteractlyRun? run, out IResult? error))
        {
            return error;
        }

        lock (run.Sync)
        {
            RunFeedback notes = FeedbackOf(run);
            if (!TryTarget(http, run, target, out int turn, out string? eventId, out error))
            {
                return error;
            }

            var comment = new JsonObject
            {
                ["logical_id"] = "comment_" + Guid.NewGuid().ToString("N"),
                ["content"] = content,
                ["created_by"] = run.RunBy,
                ["created_at"] = services.Events.UtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            };
            switch (target)
            {
                case Target.Run:
                    notes.RunComments.Add(comment);
                    break;
                case Target.Turn:
                    ListFor(notes.TurnComments, turn).Add(comment);
                    break;
                default:
                    ListFor(notes.EventComments, eventId!).Add(comment);
                    break;
            }

            return WireReplies.Json(StatusCodes.Status200OK, notes.Decorate(RunDocuments.Detail(run, services.Catalog.RunShape)));
        }
    }

    private IResult DeleteComment(HttpContext http, Target target)
    {
        if (!TryFinishedRun(http, out InteractlyRun? run, out IResult? error))
        {
            return error;
        }

        string commentId = http.Request.RouteValues["comment_logical_id"] as string ?? "";
        lock (run.Sync)
        {
            RunFeedback notes = FeedbackOf(run);
            if (!TryTarget(http, run, target, out int turn, out string? eventId, out error))
            {
                return error;
            }

            var comments = target switch
            {
                Target.Run => notes.RunComments,
                Target.Turn => notes.TurnComments.TryGetValue(turn, out var list) ? list : [],
                _ => notes.EventComments.TryGetValue(eventId!, out var list) ? list : [],
            };
            int removed = comments.RemoveAll(c => c["logical_id"]?.GetValue<string>() == commentId);
            return removed == 0 ? WireReplies.NotFound($"Comment {commentId} not found") : Results.NoContent();
        }
    }

    private async Task<IResult> RateAsync(HttpContext http, Target target)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body?["value"] is not JsonValue value || !value.TryGetValue(out string? rating) || !Ratings.Contains(rating))
        {
            return WireReplies.Validation("Input should be 'up', 'down' or 'strong_up'", "enum", "body", "value");
        }

        if (!TryFinishedRun(http, out InteractlyRun? run, out IResult? error))
        {
            return error;
        }

        lock (run.Sync)
        {
            RunFeedback notes = FeedbackOf(run);
            if (!TryTarget(http, run, target, out int turn, out string? eventId, out error))
            {
                return error;
            }

            if (target == Target.Turn)
            {
                notes.TurnRatings[turn] = rating;
            }
            else
            {
                notes.EventRatings[eventId!] = rating;
            }

            return WireReplies.Json(StatusCodes.Status200OK, notes.Decorate(RunDocuments.Detail(run, services.Catalog.RunShape)));
        }
    }

    private IResult DeleteRating(HttpContext http, Target target)
    {
        if (!TryFinishedRun(http, out InteractlyRun? run, out IResult? error))
        {
            return error;
        }

        lock (run.Sync)
        {
            RunFeedback notes = FeedbackOf(run);
            if (!TryTarget(http, run, target, out int turn, out string? eventId, out error))
            {
                return error;
            }

            bool removed = target == Target.Turn ? notes.TurnRatings.Remove(turn) : notes.EventRatings.Remove(eventId!);
            return removed ? Results.NoContent() : WireReplies.NotFound("No rating to delete");
        }
    }

    private bool TryFinishedRun(HttpContext http, [NotNullWhen(true)] out InteractlyRun? run, [NotNullWhen(false)] out IResult? error)
    {
        string runId = RunIdOf(http);
        error = null;
        if (!services.Runs.TryGet(runId, out run))
        {
            error = WireReplies.NotFound($"Workflow run {runId} not found");
            return false;
        }

        lock (run.Sync)
        {
            if (!run.IsTerminal)
            {
                error = WireReplies.Conflict($"Workflow run {runId} is still in progress ({run.Status}); feedback is accepted once it has finished");
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves the turn or event a feedback call names; 404 when the run has no such turn or event.</summary>
    private static bool TryTarget(HttpContext http, InteractlyRun run, Target target, out int turn, out string? eventId, [NotNullWhen(false)] out IResult? error)
    {
        turn = -1;
        eventId = null;
        error = null;
        if (target == Target.Turn)
        {
            string raw = http.Request.RouteValues["turn_index"] as string ?? "";
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out turn) || turn >= run.InputOutputPairs.Count)
            {
                error = WireReplies.NotFound($"Turn {raw} not found in workflow run {run.RunId}");
                return false;
            }
        }
        else if (target == Target.Event)
        {
            eventId = http.Request.RouteValues["event_id"] as string ?? "";
            string wanted = eventId;
            bool found = run.InputOutputPairs.Any(pair =>
                pair["run_output"]?["events"] is JsonArray events
                && events.Any(e => e?["logical_id"]?.GetValue<string>() == wanted));
            if (!found)
            {
                error = WireReplies.NotFound($"Event {eventId} not found in workflow run {run.RunId}");
                return false;
            }
        }

        return true;
    }

    private RunFeedback FeedbackOf(InteractlyRun run) => feedback.GetOrAdd(run.RunId, _ => new RunFeedback());

    private static System.Collections.Generic.List<JsonObject> ListFor<TKey>(System.Collections.Generic.Dictionary<TKey, System.Collections.Generic.List<JsonObject>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static string RunIdOf(HttpContext http) => http.Request.RouteValues["workflow_run_id"] as string ?? "";

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        string text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
