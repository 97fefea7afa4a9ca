using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing.Dashboard;

/// <summary>
/// The dashboard at <c>/_emulator/</c>: a static page (HTML, CSS, one script, embedded in this assembly) that polls
/// <c>/_emulator/state</c> and the other control routes. It is served on the emulator's own listener, so it binds where
/// the emulator binds (loopback) and needs no build step and no network beyond the emulator.
/// </summary>
internal static class DashboardRoutes
{
    private const string ResourcePrefix = "Octave.Interactly.Sdk.Testing.Dashboard.";

    /// <summary>
    /// Same-origin only, no inline script: the page renders request bodies and headers it did not write, so even a
    /// body that contains markup must not be able to run.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["dashboard.css"] = "text/css; charset=utf-8",
        ["dashboard.js"] = "text/javascript; charset=utf-8",
    };

    private static readonly Dictionary<string, byte[]> Contents = LoadAssets();

    public static void Map(IEndpointRouteBuilder app, DashboardState state)
    {
        var group = app.MapGroup(ControlRoutes.Prefix);
        group.MapGet("/", http =>
        {
            // Routing matches "/_emulator" here too; without the slash the page's relative asset URLs would resolve against "/".
            if (!(http.Request.Path.Value ?? "").EndsWith('/'))
            {
                http.Response.Redirect(http.Request.PathBase + ControlRoutes.Prefix + "/" + http.Request.QueryString);
                return Task.CompletedTask;
            }

            return ServeAsync(http, "index.html");
        });
        group.MapGet("/dashboard.css", http => ServeAsync(http, "dashboard.css"));
        group.MapGet("/dashboard.js", http => ServeAsync(http, "dashboard.js"));
        group.MapGet("/state", http =>
        {
            http.Response.Headers.CacheControl = "no-store";
            long journalFrom = long.TryParse(http.Request.Query["journalFrom"], NumberStyles.None, CultureInfo.InvariantCulture, out long from) ? from : 0;
            return EmulatorHttp.WriteJsonAsync(http, 200, state.Describe(journalFrom));
        });
    }

    private static Task ServeAsync(HttpContext http, string name)
    {
        byte[] content = Contents[name];
        http.Response.StatusCode = 200;
        http.Response.ContentType = Assets[name];
        http.Response.ContentLength = content.Length;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return http.Response.Body.WriteAsync(content, http.RequestAborted).AsTask();
    }

    private static Dictionary<string, byte[]> LoadAssets()
    {
        var assembly = typeof(DashboardRoutes).Assembly;
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string name in Assets.Keys)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException("The dashboard asset " + name + " is not embedded in " + assembly.GetName().Name + ".");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            contents[name] = copy.ToArray();
        }

        return contents;
    }
}
