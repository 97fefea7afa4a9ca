using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Inputs about a company, shared by the company agents (enrich, qualify).</summary>
public abstract class CompanyAgentRequest : OctaveAgentRequest
{

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
}
