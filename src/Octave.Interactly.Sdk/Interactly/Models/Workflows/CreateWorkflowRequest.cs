using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>POST /v1/workflows</c>.</summary>
public sealed class CreateWorkflowRequest
{
    /// <summary>The workflow's name; required and not blank.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>An optional description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>An optional initial configuration, as raw JSON in the service's workflow-config schema.</summary>
    [JsonPropertyName("config")]
    public JsonElement? Config { get; set; }
}
