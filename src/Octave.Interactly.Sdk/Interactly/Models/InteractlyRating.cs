using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>One reviewer's rating of a turn or an event. Field names are the server's (camelCase for the audit fields).</summary>
public sealed class InteractlyRating
{
    /// <summary>The rating's id, <c>rating_&lt;uuid&gt;</c>.</summary>
    [JsonPropertyName("logical_id")]
    public string? LogicalId { get; set; }

    /// <summary>The judgement: <c>down</c>, <c>up</c> or <c>strong_up</c>; a newer value is kept as sent.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>Who rated.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; set; }

    /// <summary>Who last changed the rating.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; set; }

    /// <summary>When it was given; null when absent or unreadable.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it was last changed; null when absent or unreadable.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
