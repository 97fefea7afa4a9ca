using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>A comment on a run, one of its turns or one of its events.</summary>
public sealed class RunComment
{
    /// <summary>The comment's logical id: what the delete endpoints take.</summary>
    [JsonPropertyName("logical_id")]
    public string? LogicalId { get; set; }

    /// <summary>The comment's text.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>Who wrote the comment.</summary>
    [JsonPropertyName("created_by")]
    public string? CreatedBy { get; set; }

    /// <summary>When the comment was written; null when absent or unreadable.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
