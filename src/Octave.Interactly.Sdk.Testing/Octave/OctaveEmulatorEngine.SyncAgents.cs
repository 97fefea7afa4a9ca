using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>The synchronous agent endpoints <c>POST /api/v2/agents/{type}/run</c> and the API-key check.</summary>
internal sealed partial class OctaveEmulatorEngine
{
    private static readonly IReadOnlyList<(string Path, OctaveAgentType Type)> SyncAgentPaths =
    [
        ("enrich-company", OctaveAgentType.EnrichCompany),
        ("enrich-person", OctaveAgentType.EnrichPerson),
        ("qualify-person", OctaveAgentType.QualifyPerson),
        ("qualify-company", OctaveAgentType.QualifyCompany),
        ("generate-content", OctaveAgentType.Content),
        ("sequence", OctaveAgentType.Sequence),
        ("prospector", OctaveAgentType.Prospector),
        ("context", OctaveAgentType.Context),
    ];

    private async Task RunSyncAgentAsync(HttpContext http, string path, OctaveAgentType type)
    {
        var body = await EmulatorHttp.ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, "Request body must be a JSON object").ConfigureAwait(false);
            return;
        }

        string? error = SyncAgentValidation.FirstError(type, body);
        if (error is not null)
        {
            await OctaveResponses.ErrorAsync(http, context, 400, error, "Validation failed").ConfigureAwait(false);
            return;
        }

        string? agentOId = OctaveAgentOutputs.Text(body, "agentOId");
        var inputs = InputsOf(body, "agentOId", "experimentOId");
        JsonNode? data;
        if (agentOId is null)
        {
            // An experiment variant of a content or sequence agent: no saved agent to look up.
            data = OctaveAgentOutputs.Generate(type, inputs);
        }
        else
        {
            var scenario = catalog.FindAgent(agentOId);
            if (scenario is null)
            {
                await EmulatorHttp.WriteJsonAsync(http, 404, new JsonObject
                {
                    ["_metadata"] = OctaveResponses.Metadata(http, context, message: "Agent " + agentOId + " not found"),
                    ["found"] = false,
                    ["message"] = "Agent " + agentOId + " not found",
                    ["data"] = null,
                }).ConfigureAwait(false);
                return;
            }

            if (scenario.AgentType != type)
            {
                await OctaveResponses.ErrorAsync(http, context, 400,
                    "Agent " + agentOId + " is a " + scenario.AgentType + " agent and cannot run on /api/v2/agents/" + path + "/run",
                    "Validation failed: agentOId").ConfigureAwait(false);
                return;
            }

            if (scenario.Error is not null)
            {
                await OctaveResponses.ErrorAsync(http, context, 500, scenario.Error, "Agent run failed").ConfigureAwait(false);
                return;
            }

            data = AgentOutput(scenario, inputs);
        }

        await EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context, usage: 1),
            ["found"] = true,
            ["message"] = null,
            ["data"] = data,
        }).ConfigureAwait(false);
    }

    private Task ValidateApiKeyAsync(HttpContext http) =>
        EmulatorHttp.WriteJsonAsync(http, 200, new JsonObject
        {
            ["_metadata"] = OctaveResponses.Metadata(http, context),
            ["status"] = "ok",
            ["valid"] = true,
        });
}
