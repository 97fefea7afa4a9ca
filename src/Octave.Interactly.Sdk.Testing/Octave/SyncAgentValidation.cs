using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>The required fields of each synchronous agent endpoint (api-reference §1.7).</summary>
internal static class SyncAgentValidation
{
    public static string? FirstError(OctaveAgentType type, JsonObject body)
    {
        bool hasAgent = OctaveAgentOutputs.Text(body, "agentOId") is not null;
        bool hasExperiment = OctaveAgentOutputs.Text(body, "experimentOId") is not null;
        switch (type)
        {
            case OctaveAgentType.Content:
                return hasAgent || hasExperiment ? null : "agentOId or experimentOId is required";
            case OctaveAgentType.Sequence:
                return hasAgent ^ hasExperiment ? null : "exactly one of agentOId or experimentOId is required";
            case OctaveAgentType.Context:
                if (!hasAgent)
                {
                    return "agentOId is required";
                }

                bool hasQuery = OctaveAgentOutputs.Text(body, "query") is not null;
                bool hasRuntimeText = body["runtimeContext"] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text);
                return hasQuery || hasRuntimeText ? null : "query or runtimeContext (string) is required";
            default:
                return hasAgent ? null : "agentOId is required";
        }
    }
}
