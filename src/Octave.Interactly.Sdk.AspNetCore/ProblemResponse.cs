using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>Writes a short RFC 9457 problem document without reflection, so the package stays trim- and AOT-safe.</summary>
internal static class ProblemResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string title, string? detail = null)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/problem+json";
        var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("title", title);
            writer.WriteNumber("status", statusCode);
            if (detail is not null)
            {
                writer.WriteString("detail", detail);
            }

            writer.WriteEndObject();
        }
    }
}
