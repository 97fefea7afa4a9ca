using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>A reference to an Octave object by its id (<c>{ "oId": "…" }</c>).</summary>
public sealed class OctaveReference
{
    /// <summary>Creates an empty reference.</summary>
    public OctaveReference()
    {
    }

    /// <summary>Creates a reference to an object.</summary>
    /// <param name="oId">The object's id.</param>
    public OctaveReference(string oId) => OId = oId;

    /// <summary>The object's id.</summary>
    [JsonPropertyName("oId")]
    public string OId { get; set; } = string.Empty;
}

/// <summary>What to ground generated content in: a playbook, a product and/or a service.</summary>
public sealed class OctaveCustomContext
{

    /// <summary>The playbook.</summary>
    [JsonPropertyName("playbook")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OctaveReference? Playbook { get; set; }

    /// <summary>The product.</summary>
    [JsonPropertyName("product")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OctaveReference? Product { get; set; }

    /// <summary>The service.</summary>
    [JsonPropertyName("service")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OctaveReference? Service { get; set; }
}

/// <summary>Who the prospector looks for.</summary>
public sealed class ProspectorSearchContext
{

    /// <summary>A playbook whose personas to use.</summary>
    [JsonPropertyName("playbookOId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PlaybookOId { get; set; }

    /// <summary>Personas to match.</summary>
    [JsonPropertyName("personaOIds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? PersonaOIds { get; set; }

    /// <summary>Titles to match loosely.</summary>
    [JsonPropertyName("fuzzyTitles")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? FuzzyTitles { get; set; }

    /// <summary>Titles to match exactly.</summary>
    [JsonPropertyName("exactTitles")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? ExactTitles { get; set; }

    /// <summary>Titles to leave out.</summary>
    [JsonPropertyName("excludeTitles")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? ExcludeTitles { get; set; }
}

/// <summary>Extra context for the context agent.</summary>
public sealed class ContextAgentAdditionalContext
{

    /// <summary>The person the question is about.</summary>
    [JsonPropertyName("person")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContextAgentPerson? Person { get; set; }

    /// <summary>The company the question is about.</summary>
    [JsonPropertyName("company")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContextAgentCompany? Company { get; set; }

    /// <summary>Free-text details.</summary>
    [JsonPropertyName("details")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Details { get; set; }
}

/// <summary>A person, as the context agent takes it.</summary>
public sealed class ContextAgentPerson
{

    /// <summary>First name.</summary>
    [JsonPropertyName("firstName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FirstName { get; set; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("lastName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LastName { get; set; }

    /// <summary>Job title.</summary>
    [JsonPropertyName("title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; set; }

    /// <summary>Email address.</summary>
    [JsonPropertyName("email")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Email { get; set; }

    /// <summary>LinkedIn profile URL.</summary>
    [JsonPropertyName("linkedInProfileUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LinkedInProfileUrl { get; set; }
}

/// <summary>A company, as the context agent takes it.</summary>
public sealed class ContextAgentCompany
{

    /// <summary>Company name.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    /// <summary>Company domain.</summary>
    [JsonPropertyName("domain")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Domain { get; set; }

    /// <summary>LinkedIn page URL.</summary>
    [JsonPropertyName("linkedInProfileUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LinkedInProfileUrl { get; set; }
}
