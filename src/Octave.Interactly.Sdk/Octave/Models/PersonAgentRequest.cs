using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Inputs about a person, shared by the person agents (enrich, qualify, content, sequence).</summary>
public abstract class PersonAgentRequest : OctaveAgentRequest
{

    /// <summary>The person's email address.</summary>
    [JsonPropertyName("email")]
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Email { get; set; }

    /// <summary>The person's first name.</summary>
    [JsonPropertyName("firstName")]
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FirstName { get; set; }

    /// <summary>The person's job title.</summary>
    [JsonPropertyName("jobTitle")]
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JobTitle { get; set; }

    /// <summary>The company's domain, e.g. <c>example.com</c>.</summary>
    [JsonPropertyName("companyDomain")]
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CompanyDomain { get; set; }

    /// <summary>The company's name.</summary>
    [JsonPropertyName("companyName")]
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CompanyName { get; set; }

    /// <summary>The person's LinkedIn profile URL: the preferred identifier.</summary>
    [JsonPropertyName("linkedInProfile")]
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LinkedInProfile { get; set; }
}
