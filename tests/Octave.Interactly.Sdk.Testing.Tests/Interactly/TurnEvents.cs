using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

/// <summary>Reading helpers for the <c>events</c> of an InteractiveRunResponse.</summary>
internal static class TurnEvents
{
    public static List<JsonObject> Events(this JsonNode response) =>
        response["events"]!.AsArray().Select(e => e!.AsObject()).ToList();

    public static List<string> Types(this JsonNode response) =>
        response.Events().Select(e => (string)e["type"]!).ToList();

    /// <summary>What the user would see: the contents of the turn's assistant_response events.</summary>
    public static List<string> AssistantTexts(this JsonNode response) =>
        response.Events().Where(e => (string)e["type"]! == "assistant_response").Select(e => (string)e["content"]!).ToList();

    public static JsonObject Single(this JsonNode response, string type) =>
        response.Events().Single(e => (string)e["type"]! == type);
}
