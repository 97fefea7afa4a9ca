using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>The latency distribution of one kind of call (LLM or tool) within an iteration, in milliseconds.</summary>
public sealed class CallLatencyStats
{
    /// <summary>The mean.</summary>
    [JsonPropertyName("average_milliseconds")]
    public double? AverageMilliseconds { get; set; }

    /// <summary>The fastest call.</summary>
    [JsonPropertyName("min_milliseconds")]
    public double? MinMilliseconds { get; set; }

    /// <summary>The slowest call.</summary>
    [JsonPropertyName("max_milliseconds")]
    public double? MaxMilliseconds { get; set; }

    /// <summary>The median.</summary>
    [JsonPropertyName("median_milliseconds")]
    public double? MedianMilliseconds { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
