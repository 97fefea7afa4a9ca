using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The answer of <c>GET /v1/session</c>: <c>{"data":{"id":...}}</c>, whose <c>id</c> is a single-use token for the
/// streaming endpoint's <c>?token=</c>. Only <c>data.id</c> is documented; everything else is kept as it came.
/// </summary>
public sealed class StreamSessionResponse
{
    /// <summary>The session.</summary>
    [JsonPropertyName("data")]
    public StreamSession? Data { get; set; }

    /// <summary>Fields this SDK does not model, kept when reading and written back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A gateway session: its <c>id</c> is the single-use streaming token.</summary>
public sealed class StreamSession
{
    /// <summary>The single-use token. A secret: never logged.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Fields this SDK does not model, kept when reading and written back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"StreamSession {{ Id = {(string.IsNullOrEmpty(Id) ? "<none>" : "***")} }}";
}
