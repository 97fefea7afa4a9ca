using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>Pieces of a scenario's JSON result that every scenario reports.</summary>
internal static class ScenarioJson
{
    public static JsonObject Failures(ConcurrentDictionary<string, int> failures)
    {
        var json = new JsonObject();
        foreach (var pair in failures.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json[pair.Key] = pair.Value;
        }

        return json;
    }

    public static JsonObject Requests(RequestCounter counter)
    {
        var json = new JsonObject();
        foreach (var pair in counter.Snapshot())
        {
            json[pair.Key] = pair.Value;
        }

        return json;
    }

    public static void CountFailure(ConcurrentDictionary<string, int> failures, Exception exception) =>
        failures.AddOrUpdate(exception.GetType().Name, 1, (_, count) => count + 1);
}
