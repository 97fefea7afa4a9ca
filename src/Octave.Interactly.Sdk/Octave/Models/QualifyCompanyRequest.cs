using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/agents/qualify-company/run</c> (and the async Qualify Company variant).</summary>
public sealed class QualifyCompanyRequest : CompanyAgentRequest
{

    /// <inheritdoc />
    internal override JsonTypeInfo TypeInfo => OctaveJsonContext.Default.QualifyCompanyRequest;
}
