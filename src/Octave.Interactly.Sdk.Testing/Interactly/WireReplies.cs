using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>JSON replies: error bodies in the shapes the Interactly (FastAPI) service uses, and plain documents.</summary>
internal static class WireReplies
{
    /// <summary>422 with FastAPI's validation list: <c>{"detail":[{"loc":[...],"msg":"...","type":"..."}]}</c>.</summary>
    public static IResult Validation(string message, string type, params string[] location)
    {
        var loc = new JsonArray();
        foreach (string part in location)
        {
            loc.Add(part);
        }

        var body = new JsonObject
        {
            ["detail"] = new JsonArray { new JsonObject { ["loc"] = loc, ["msg"] = message, ["type"] = type } },
        };
        return Json(StatusCodes.Status422UnprocessableEntity, body);
    }

    /// <summary>400 business-rule violation: <c>{"message": category, "error": rule}</c>.</summary>
    public static IResult InvalidInput(string error) =>
        Json(StatusCodes.Status400BadRequest, new JsonObject { ["message"] = "Invalid workflow input", ["error"] = error });

    public static IResult NotFound(string detail) => Detail(StatusCodes.Status404NotFound, detail);

    public static IResult Conflict(string detail) => Detail(StatusCodes.Status409Conflict, detail);

    public static IResult RunNotFound(string runId) => NotFound($"Workflow run {runId} not found or session expired");

    public static IResult TurnInProgress(string runId) => Conflict($"A turn is already in progress for run {runId}");

    /// <summary>
    /// Replies with a JSON document as is, independent of the host's serializer settings. The document is
    /// serialized here, while the caller still holds the run's lock.
    /// </summary>
    public static IResult Json(int statusCode, JsonNode body) =>
        Results.Content(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, statusCode);

    private static IResult Detail(int statusCode, string detail) => Json(statusCode, new JsonObject { ["detail"] = detail });
}
