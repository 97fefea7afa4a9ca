using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// The comments and ratings of one run, kept beside the run rather than in it so the run's own state stays the
/// interpreter's. Mutated only under the run's lock.
/// </summary>
internal sealed class RunFeedback
{
    public List<JsonObject> RunComments { get; } = [];

    public Dictionary<int, List<JsonObject>> TurnComments { get; } = [];

    public Dictionary<string, List<JsonObject>> EventComments { get; } = new(System.StringComparer.Ordinal);

    public Dictionary<int, string> TurnRatings { get; } = [];

    public Dictionary<string, string> EventRatings { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The run's detail document with this feedback merged in: run, turn and event comments and ratings.</summary>
    public JsonObject Decorate(JsonObject detail)
    {
        if (detail["workflow_run"]?["workflow_run"] is not JsonObject state)
        {
            return detail;
        }

        state["comments"] = Copy(RunComments);
        if (state["input_output_pairs"] is JsonArray pairs)
        {
            for (int turn = 0; turn < pairs.Count; turn++)
            {
                if (pairs[turn] is not JsonObject pair)
                {
                    continue;
                }

                pair["comments"] = Copy(TurnComments.TryGetValue(turn, out var comments) ? comments : []);
                pair["ratings"] = TurnRatings.TryGetValue(turn, out string? rating) ? new JsonObject { ["value"] = rating } : null;
                if (pair["run_output"]?["events"] is JsonArray events)
                {
                    foreach (JsonNode? item in events)
                    {
                        if (item is JsonObject ev && ev["logical_id"]?.GetValue<string>() is { } eventId)
                        {
                            ev["comments"] = Copy(EventComments.TryGetValue(eventId, out var eventComments) ? eventComments : []);
                            ev["rating"] = EventRatings.TryGetValue(eventId, out string? eventRating) ? eventRating : null;
                        }
                    }
                }
            }
        }

        return detail;
    }

    private static JsonArray Copy(List<JsonObject> comments)
    {
        var array = new JsonArray();
        foreach (JsonObject comment in comments)
        {
            array.Add(comment.DeepClone());
        }

        return array;
    }
}
