using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/agents/enrich-company/run</c> (and the async Enrich Company variant).</summary>
public sealed class EnrichCompanyRequest : CompanyAgentRequest
{

    /// <summary>The company's id in your CRM.</summary>
    [JsonPropertyName("crmAccountId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CrmAccountId { get; set; }

    /// <inheritdoc />
    internal override JsonTypeInfo TypeInfo => OctaveJsonContext.Default.EnrichCompanyRequest;
}
