using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/agents/qualify-person/run</c> (and the async Qualify Person variant).</summary>
public sealed class QualifyPersonRequest : PersonAgentRequest
{

    /// <inheritdoc />
    internal override JsonTypeInfo TypeInfo => OctaveJsonContext.Default.QualifyPersonRequest;
}
