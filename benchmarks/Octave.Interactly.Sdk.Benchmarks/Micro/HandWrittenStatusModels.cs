using System;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>The status answer as a developer would model it by hand: the same fields the SDK reads, nothing more.</summary>
public sealed class HandWrittenStatusEnvelope
{
    [JsonPropertyName("_metadata")]
    public HandWrittenMetadata? Metadata { get; set; }

    [JsonPropertyName("data")]
    public HandWrittenStatus? Data { get; set; }
}

public sealed class HandWrittenMetadata
{
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonPropertyName("usage")]
    public double? Usage { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }
}

public sealed class HandWrittenStatus
{
    [JsonPropertyName("jobOId")]
    public string? JobOId { get; set; }

    [JsonPropertyName("totalCount")]
    public long? TotalCount { get; set; }

    [JsonPropertyName("processedCount")]
    public long? ProcessedCount { get; set; }

    [JsonPropertyName("successCount")]
    public long? SuccessCount { get; set; }

    [JsonPropertyName("failedCount")]
    public long? FailedCount { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("startedAt")]
    public DateTimeOffset? StartedAt { get; set; }

    [JsonPropertyName("completedAt")]
    public DateTimeOffset? CompletedAt { get; set; }

    [JsonPropertyName("workflowOId")]
    public string? WorkflowOId { get; set; }

    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; set; }

    [JsonPropertyName("circuitBreakerReason")]
    public string? CircuitBreakerReason { get; set; }
}

/// <summary>Source generation for the hand-written models, so the baseline is as fast as hand-written code gets.</summary>
[JsonSerializable(typeof(HandWrittenStatusEnvelope))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext;
