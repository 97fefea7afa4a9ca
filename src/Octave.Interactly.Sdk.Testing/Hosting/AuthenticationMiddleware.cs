using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Checks credentials the way each API does: Octave's <c>api_key</c> header under <c>/api/v2</c>,
/// Interactly's <c>Authorization: Bearer</c> under <c>/workflows</c>. When keys are configured
/// only those are accepted; otherwise any non-empty key is.
/// </summary>
internal sealed class AuthenticationMiddleware
{
    private readonly EmulatorContext context;

    public AuthenticationMiddleware(EmulatorContext context)
    {
        this.context = context;
    }

    public Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/api/v2", StringComparison.OrdinalIgnoreCase))
        {
            string? key = http.Request.Headers["api_key"];
            return IsAccepted(key)
                ? next(http)
                : OctaveResponses.ErrorAsync(http, context, 401, "Invalid or missing API key", "Unauthorized");
        }

        if (path.StartsWithSegments("/workflows", StringComparison.OrdinalIgnoreCase))
        {
            string? authorization = http.Request.Headers.Authorization;
            const string scheme = "Bearer ";
            string? token = authorization is not null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                ? authorization[scheme.Length..].Trim()
                : null;
            if (IsAccepted(token))
            {
                return next(http);
            }

            http.Response.Headers.WWWAuthenticate = "Bearer";
            return EmulatorHttp.WriteJsonAsync(http, 401, new JsonObject { ["detail"] = "Not authenticated" });
        }

        return next(http);
    }

    private bool IsAccepted(string? key) =>
        !string.IsNullOrWhiteSpace(key) && (context.Options.ApiKeys.Count == 0 || context.Options.ApiKeys.Contains(key));
}
