using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// The Runs API and the account reads: <c>GET /api/v2/runs/{oId}</c>, <c>GET /api/v2/agents/list</c>,
/// <c>GET /api/v2/api-key/list</c> and <c>GET /api/v2/credits/usage</c>. The emulator's Runs API shows the workflow
/// and agent runs it started, under the ids their start calls returned (real Octave's start call for <c>run_…</c>
/// ids is not published); credit usage adds up what those runs charged.
/// </summary>
internal sealed partial class OctaveEmulatorEngine
{
    /// <summary>The one API key the emulator lists; a name and id only, as a list of keys should show.</summary>
    internal const string EmulatorApiKeyOId = "apikey_emulator";

    /// <summary>The credits a period includes in the emulator.</summary>
    internal const decimal IncludedCredits = 1000m;

    private void MapRunsApiAndAccountRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v2/runs/{oId}", GetRunAsync);
        app.MapGet("/api/v2/agents/list", ListAgentsAsync);
        app.MapGet("/api/v2/api-key/list", ListApiKeysAsync);
        app.MapGet("/api/v2/credits/usage", GetCreditUsageAsync);
    }

    private Task GetRunAsync(HttpContext http)
    {
        string oId = (string)http.Request.RouteValues["oId"]!;
        var (limit, offset, error) = Page(http);
        if (error is not null)
        {
            return OctaveResponses.ErrorAsync(http, context, 400, error, "Validation failed");
        }

        if (oId.Length > 64)
        {
            return OctaveResponses.ErrorAsync(http, context, 400, "oId must be at most 64 characters", "Validation failed: oId");
        }

        var now = context.TimeProvider.GetUtcNow();
        JsonObject? data = runs.FindWorkflowRun(oId) is { } workflow ? RunsApiView.Describe(workflow, now, limit, offset)
            : runs.FindAgentRun(oId) is { } agent ? RunsApiView.Describe(agent, now, limit, offset)
            : null;
        if (data is null)
        {
            return OctaveResponses.ErrorAsync(http, context, 404, "Run " + oId + " not found");
        }

        return EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context),
            ["data"] = data,
        });
    }

    private Task ListAgentsAsync(HttpContext http)
    {
        var (limit, offset, error) = Page(http);
        if (error is not null)
        {
            return OctaveResponses.ErrorAsync(http, context, 400, error, "Validation failed");
        }

        var all = catalog.OctaveAgents;
        var page = new JsonArray(all.Skip(offset).Take(limit).Select(agent => (JsonNode)new JsonObject
        {
            ["oId"] = agent.AgentOId,
            ["name"] = agent.AgentOId,
            ["type"] = agent.AgentType.ToString(),
            ["description"] = agent.Description,
        }).ToArray());
        return EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context),
            ["data"] = page,
            ["hasNext"] = offset + limit < all.Count,
        });
    }

    private Task ListApiKeysAsync(HttpContext http)
    {
        var (limit, offset, error) = Page(http);
        if (error is not null)
        {
            return OctaveResponses.ErrorAsync(http, context, 400, error, "Validation failed");
        }

        var keys = new JsonArray();
        if (offset == 0 && limit > 0)
        {
            keys.Add(new JsonObject { ["oId"] = EmulatorApiKeyOId, ["name"] = "Emulator key", ["createdAt"] = IsoTime.Format(context.TimeProvider.GetUtcNow()) });
        }

        return EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context),
            ["data"] = keys,
            ["hasNext"] = false,
        });
    }

    private Task GetCreditUsageAsync(HttpContext http)
    {
        var now = context.TimeProvider.GetUtcNow();
        decimal used = runs.WorkflowRuns().Sum(run => RunsApiView.Charged(RunsApiView.Describe(run, now, 0, 0)))
            + runs.AgentRuns().Sum(run => RunsApiView.Charged(RunsApiView.Describe(run, now, 0, 0)));
        return EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context),
            ["data"] = new JsonObject
            {
                ["used"] = used,
                ["included"] = IncludedCredits,
                ["additional"] = 0m,
                ["additionalUsed"] = 0m,
                ["additionalRemaining"] = 0m,
                ["remaining"] = System.Math.Max(0m, IncludedCredits - used),
                ["overage"] = System.Math.Max(0m, used - IncludedCredits),
                ["nextResetAt"] = IsoTime.Format(now.AddDays(30)),
            },
        });
    }

    /// <summary><c>limit</c> (default 10, at least 1) and <c>offset</c> (default 0, not negative), or the first error.</summary>
    private static (int Limit, int Offset, string? Error) Page(HttpContext http)
    {
        int limit = 10;
        int offset = 0;
        if (QueryValue(http, "limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return (0, 0, "limit must be a positive integer");
        }

        if (QueryValue(http, "offset") is { } offsetText && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return (0, 0, "offset must be a non-negative integer");
        }

        return (limit, offset, null);
    }
}
