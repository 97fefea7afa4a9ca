using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>The retries an LLM call needed before its output parsed as the required JSON.</summary>
public sealed class StructuredOutputRetryMetadata
{
    /// <summary>How many retries were made.</summary>
    [JsonPropertyName("retry_count")]
    public int? RetryCount { get; set; }

    /// <summary>The attempts whose output did not parse.</summary>
    [JsonPropertyName("failed_attempts")]
    public IReadOnlyList<StructuredOutputRetryAttempt>? FailedAttempts { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One LLM attempt whose output did not parse as the required JSON.</summary>
public sealed class StructuredOutputRetryAttempt
{
    /// <summary>Which attempt it was.</summary>
    [JsonPropertyName("attempt_number")]
    public int? AttemptNumber { get; set; }

    /// <summary>Why the output did not parse.</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; set; }

    /// <summary>How long the attempt took, in milliseconds.</summary>
    [JsonPropertyName("latency_milliseconds")]
    public double? LatencyMilliseconds { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
