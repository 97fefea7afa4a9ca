using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>Octave's envelope (<c>_metadata</c>) and error bodies.</summary>
internal static class OctaveResponses
{
    public static JsonObject Metadata(HttpContext context, EmulatorContext emulator, double usage = 0, string? message = null) => new()
    {
        ["requestId"] = EmulatorHttp.RequestId(context),
        ["timestamp"] = IsoTime.Format(emulator.TimeProvider.GetUtcNow()),
        ["usage"] = usage,
        ["message"] = message ?? "Success",
    };

    /// <summary>
    /// Octave documents no error bodies; the emulator answers <c>{ message, error, _metadata }</c>,
    /// the fields the reference says clients should read.
    /// </summary>
    public static Task ErrorAsync(HttpContext context, EmulatorContext emulator, int statusCode, string message, string? error = null) =>
        EmulatorHttp.WriteJsonAsync(context, statusCode, new JsonObject
        {
            ["message"] = message,
            ["error"] = error ?? ErrorName(statusCode),
            ["_metadata"] = Metadata(context, emulator, message: message),
        });

    private static string ErrorName(int statusCode) => statusCode switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        503 => "Service Unavailable",
        _ => "Error",
    };
}
