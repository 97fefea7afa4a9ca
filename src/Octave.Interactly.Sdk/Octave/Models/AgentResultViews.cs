using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Typed view of the enrich-company agent's <c>data</c>.</summary>
public sealed class EnrichCompanyData
{
    /// <summary>What the agent found about the company.</summary>
    [JsonPropertyName("company")]
    public EnrichedCompany? Company { get; set; }

    /// <summary>The matching product, as received.</summary>
    [JsonPropertyName("product")]
    public JsonElement? Product { get; set; }

    /// <summary>Everything else (persona and playbook matches with <c>matchConfidence</c>, …), as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A company as the enrich-company agent describes it.</summary>
public sealed class EnrichedCompany
{
    /// <summary>Name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Domain.</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary>Website.</summary>
    [JsonPropertyName("website")]
    public string? Website { get; set; }

    /// <summary>Founding year or date, as received.</summary>
    [JsonPropertyName("founded")]
    public JsonElement? Founded { get; set; }

    /// <summary>Location, as received.</summary>
    [JsonPropertyName("location")]
    public JsonElement? Location { get; set; }

    /// <summary>Head count, as received (a number or a range).</summary>
    [JsonPropertyName("employeeCount")]
    public JsonElement? EmployeeCount { get; set; }

    /// <summary>Industry.</summary>
    [JsonPropertyName("industry")]
    public string? Industry { get; set; }

    /// <summary>Other fields (funding rounds, …), as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Typed view of the qualify-person and qualify-company agents' <c>data</c>.</summary>
public sealed class QualificationData
{
    /// <summary>The qualification score.</summary>
    [JsonPropertyName("score")]
    public double? Score { get; set; }

    /// <summary>Whether the agent considers the lead qualified, when it says so.</summary>
    [JsonPropertyName("qualified")]
    public bool? Qualified { get; set; }

    /// <summary>Why the agent scored as it did.</summary>
    [JsonPropertyName("rationale")]
    public string? Rationale { get; set; }

    /// <summary>Other fields, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Typed view of the context agent's <c>data</c>.</summary>
public sealed class ContextAgentData
{
    /// <summary>The documents the answer draws on.</summary>
    [JsonPropertyName("documents")]
    public IList<ContextDocument>? Documents { get; set; }

    /// <summary>The agent's reasoning.</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; set; }

    /// <summary>Other fields, as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A document the context agent found relevant.</summary>
public sealed class ContextDocument
{
    /// <summary>Id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Content, as received.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Relevance score.</summary>
    [JsonPropertyName("score")]
    public double? Score { get; set; }

    /// <summary>Why it is relevant.</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; set; }
}
