using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>Small helpers every emulator route uses: the request id, the body as JSON, JSON answers.</summary>
internal static class EmulatorHttp
{
    public const string RequestIdItem = "emulator.requestId";
    public const string BodyItem = "emulator.body";
    public const string FaultItem = "emulator.fault";
    public const string DroppedItem = "emulator.dropped";

    /// <summary>Readable output (no <c>\u0022</c> escapes); these bodies are never embedded in HTML.</summary>
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string RequestId(HttpContext context) =>
        context.Items.TryGetValue(RequestIdItem, out var id) && id is string text ? text : "";

    /// <summary>The request body text, read once and kept so that the journal and the handler share it.</summary>
    public static async Task<string> ReadBodyAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(BodyItem, out var cached) && cached is string text)
        {
            return text;
        }

        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        context.Request.Body.Position = 0;
        context.Items[BodyItem] = text;
        return text;
    }

    /// <summary>The body as a JSON object, or null when it is empty, not JSON or not an object.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        string text = await ReadBodyAsync(context).ConfigureAwait(false);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Task WriteJsonAsync(HttpContext context, int statusCode, JsonNode body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(WriteOptions), context.RequestAborted);
    }

    /// <summary>An absolute http(s) URL, or null.</summary>
    public static Uri? ParseHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
