// Placeholder for the Interactly half of the emulator, implemented in parallel elsewhere.
// This whole file is replaced by the real engine when the branches merge.
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>Interactly workflows registered in the emulator (placeholder until the Interactly engine lands).</summary>
public sealed class InteractlyCatalog
{
}

/// <summary>The Interactly half of the emulator (placeholder: maps no routes).</summary>
internal sealed class InteractlyEmulatorEngine
{
    private readonly EmulatorContext context;

    public InteractlyEmulatorEngine(EmulatorContext context)
    {
        this.context = context;
    }

    public InteractlyCatalog Catalog { get; } = new();

    public void MapRoutes(IEndpointRouteBuilder workflowsGroup)
    {
        _ = workflowsGroup;
        _ = context;
    }

    public void LoadScenarios(JsonElement interactlySection)
    {
        _ = interactlySection;
        _ = context;
    }

    public JsonNode DescribeCatalog() => new JsonObject { ["workflows"] = new JsonArray(), ["seed"] = context.Options.Seed };

    public void Reset() => _ = context;
}
