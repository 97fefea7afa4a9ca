using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>What get, create, update, clone and import answer: <c>{"workflow": {...}, "execution_url": "..."}</c>.</summary>
public sealed class WorkflowResponse
{
    /// <summary>The workflow.</summary>
    [JsonPropertyName("workflow")]
    public InteractlyWorkflow? Workflow { get; set; }

    /// <summary>The REST path that executes this workflow.</summary>
    [JsonPropertyName("execution_url")]
    public string? ExecutionUrl { get; set; }

    /// <summary>Advisory authoring lints from a write; the write succeeded either way.</summary>
    [JsonPropertyName("warnings")]
    public IReadOnlyList<string>? Warnings { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
