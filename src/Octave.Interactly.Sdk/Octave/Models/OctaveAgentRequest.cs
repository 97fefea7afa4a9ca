using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Fields every Octave agent request carries. On the wire the ids come first, the agent's inputs next, and the
/// shared runtime settings last (<see cref="JsonPropertyOrderAttribute"/>). The agent-specific subclasses (<see cref="EnrichPersonRequest"/>,
/// <see cref="EnrichCompanyRequest"/>, …) add their inputs; the same objects serve as the inputs of an async run
/// (<see cref="RunAgentRequest.For"/>) and of a workflow's entry node (<see cref="RunWorkflowRequest.SetInputs"/>).
/// </summary>
public abstract class OctaveAgentRequest
{
    /// <summary>The saved agent to run, e.g. <c>ca_…</c>.</summary>
    [JsonPropertyName("agentOId")]
    [JsonPropertyOrder(-3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AgentOId { get; set; }

    /// <summary>Run an experiment variant instead (<c>ae_…</c>).</summary>
    [JsonPropertyName("experimentOId")]
    [JsonPropertyOrder(-2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExperimentOId { get; set; }

    /// <summary>Per-call context: an object (e.g. <c>{ "user": { "oId": "user_123" } }</c>) or a string.</summary>
    [JsonPropertyName("runtimeContext")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? RuntimeContext { get; set; }

    /// <summary>Full rather than minimal annotations in the output.</summary>
    [JsonPropertyName("includeFullAnnotation")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IncludeFullAnnotation { get; set; }

    /// <summary>Inputs this SDK does not model yet; sent as top-level keys.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalInputs { get; set; }

    /// <summary>The source-generated metadata of the concrete type, so requests serialize without reflection.</summary>
    internal abstract JsonTypeInfo TypeInfo { get; }

    /// <summary>The request's non-null fields as top-level key/value pairs, in wire names.</summary>
    internal IEnumerable<KeyValuePair<string, JsonElement>> ToFields()
    {
        var element = JsonSerializer.SerializeToElement(this, TypeInfo);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                yield return new KeyValuePair<string, JsonElement>(property.Name, property.Value.Clone());
            }
        }
    }

    /// <summary>Builds a JSON object from a value, for <see cref="RuntimeContext"/>.</summary>
    /// <param name="json">A JSON text.</param>
    /// <returns>The parsed element.</returns>
    public static JsonElement Json(string json)
    {
        Validation.Argument.NotNull(json, nameof(json));

        return Serialization.JsonElementFactory.Parse(json);
    }
}
