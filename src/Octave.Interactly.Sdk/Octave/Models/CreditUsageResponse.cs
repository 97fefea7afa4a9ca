using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Answer of <c>GET /api/v2/credits/usage</c>: subscription-wide credit usage of the current period. The read is
/// unmetered and stays available when credits are exhausted; it answers 503 when billing data cannot be read (see
/// <see cref="OctaveBillingUnavailableException"/>).
/// </summary>
public sealed class CreditUsageResponse
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary>The usage.</summary>
    [JsonPropertyName("data")]
    public CreditUsage? Data { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// Credit usage of the current billing period, including in-flight charges and refunds. The published page names
/// the figures (usage, included allowance, additional credits, remaining balance, next reset, overage); the exact keys
/// other than <c>additionalUsed</c>/<c>additionalRemaining</c> are inferred, and anything else is kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class CreditUsage
{
    /// <summary>Credits used this period.</summary>
    [JsonPropertyName("used")]
    public decimal? Used { get; set; }

    /// <summary>Credits included in the plan for this period.</summary>
    [JsonPropertyName("included")]
    public decimal? Included { get; set; }

    /// <summary>Additional credits bought on top of the allowance.</summary>
    [JsonPropertyName("additional")]
    public decimal? Additional { get; set; }

    /// <summary>Estimated additional credits consumed so far (they settle at period end).</summary>
    [JsonPropertyName("additionalUsed")]
    public decimal? AdditionalUsed { get; set; }

    /// <summary>Estimated additional credits left.</summary>
    [JsonPropertyName("additionalRemaining")]
    public decimal? AdditionalRemaining { get; set; }

    /// <summary>Credits left this period.</summary>
    [JsonPropertyName("remaining")]
    public decimal? Remaining { get; set; }

    /// <summary>Credits used beyond the allowance and additional credits.</summary>
    [JsonPropertyName("overage")]
    public decimal? Overage { get; set; }

    /// <summary>When the allowance resets next.</summary>
    [JsonPropertyName("nextResetAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? NextResetAt { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
