using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A stored Interactly workflow, as the workflow endpoints return it. The service keeps the name and description
/// inside <c>workflow_config</c> on some routes and at the top level on others; <see cref="DisplayName"/> reads either.
/// </summary>
public sealed class InteractlyWorkflow
{
    /// <summary>The workflow's id (an ObjectId).</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary>The name, when the service sends it at the top level.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The description, when the service sends it at the top level.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The workflow's status, as the service spells it.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The owning team.</summary>
    [JsonPropertyName("team_id")]
    public string? TeamId { get; set; }

    /// <summary>Who created the workflow.</summary>
    [JsonPropertyName("created_by")]
    public string? CreatedBy { get; set; }

    /// <summary>The version runs use when none is named.</summary>
    [JsonPropertyName("active_version_number")]
    public int? ActiveVersionNumber { get; set; }

    /// <summary>The most runs the service lets this workflow have at once; null when unlimited or not reported.</summary>
    [JsonPropertyName("max_concurrent_runs")]
    public int? MaxConcurrentRuns { get; set; }

    /// <summary>
    /// The configuration. With <c>fully_hydrate=true</c> it is <c>{ workflow_config, node_configs[], edge_configs[] }</c>;
    /// otherwise the lighter workflow config. Kept as raw JSON: its schema is the service's (see <c>GET /v1/workflows/schema</c>).
    /// </summary>
    [JsonPropertyName("workflow_config")]
    public JsonElement? WorkflowConfig { get; set; }

    /// <summary>When the workflow was created; null when absent or unreadable.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the workflow was last updated; null when absent or unreadable.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The name from the top level, else from <c>workflow_config.name</c> (or, hydrated, <c>workflow_config.workflow_config.name</c>).</summary>
    [JsonIgnore]
    public string? DisplayName => Name ?? ConfigString("name");

    private string? ConfigString(string field)
    {
        if (WorkflowConfig is not { ValueKind: JsonValueKind.Object } config)
        {
            return null;
        }

        if (config.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        return config.TryGetProperty("workflow_config", out var inner) && inner.ValueKind == JsonValueKind.Object
            && inner.TryGetProperty(field, out var nested) && nested.ValueKind == JsonValueKind.String
            ? nested.GetString()
            : null;
    }
}
