using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>What version create, rename and config update answer: <c>{"version": {...}, "parent_active_version": n}</c>.</summary>
public sealed class WorkflowVersionResponse
{
    /// <summary>The version.</summary>
    [JsonPropertyName("version")]
    public WorkflowVersion? Version { get; set; }

    /// <summary>The workflow's active version number after the call.</summary>
    [JsonPropertyName("parent_active_version")]
    public int? ParentActiveVersion { get; set; }

    /// <summary>Advisory authoring lints from a write; the write succeeded either way.</summary>
    [JsonPropertyName("warnings")]
    public IReadOnlyList<string>? Warnings { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>True when <see cref="Version"/> is the workflow's active version, by <see cref="ParentActiveVersion"/> or the version's own flag.</summary>
    [JsonIgnore]
    public bool IsActive => Version?.IsActive == true || (Version?.VersionNumber is { } number && number == ParentActiveVersion);
}
