using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// One run as the Runs API reports it: status, item counts, credits and one page of items with their outputs.
/// Field names beyond <c>status</c> are not published in full; unknown fields are kept in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class OctaveRunDetails
{
    /// <summary>The run, e.g. <c>run_…</c>.</summary>
    [JsonPropertyName("oId")]
    public string? OId { get; set; }

    /// <summary>Where the run stands; <see cref="OctaveRunStatus.IsTerminal"/> says whether to keep polling.</summary>
    [JsonPropertyName("status")]
    public OctaveRunStatus Status { get; set; }

    /// <summary>How many items are in each state.</summary>
    [JsonPropertyName("counts")]
    public OctaveRunCounts? Counts { get; set; }

    /// <summary>What the run costs.</summary>
    [JsonPropertyName("credits")]
    public OctaveRunCredits? Credits { get; set; }

    /// <summary>This page of the run's items.</summary>
    [JsonPropertyName("items")]
    public IList<OctaveRunItem>? Items { get; set; }

    /// <summary>True when more items follow this page.</summary>
    [JsonPropertyName("hasNext")]
    public bool? HasNext { get; set; }

    /// <summary>Why the run failed, when it did.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>When the run was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the run finished; null while it runs.</summary>
    [JsonPropertyName("completedAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A run's item counts. Every counter is optional: the server may send only some of them.</summary>
public sealed class OctaveRunCounts
{
    /// <summary>Items in the run.</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    /// <summary>Items not started yet.</summary>
    [JsonPropertyName("queued")]
    public long? Queued { get; set; }

    /// <summary>Items running now.</summary>
    [JsonPropertyName("running")]
    public long? Running { get; set; }

    /// <summary>Items that succeeded.</summary>
    [JsonPropertyName("succeeded")]
    public long? Succeeded { get; set; }

    /// <summary>Items that failed.</summary>
    [JsonPropertyName("failed")]
    public long? Failed { get; set; }

    /// <summary>Items cancelled.</summary>
    [JsonPropertyName("cancelled")]
    public long? Cancelled { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A run's credits, in Octave credits: the price per item, and what was quoted, is held and was charged.</summary>
public sealed class OctaveRunCredits
{
    /// <summary>Credits per item.</summary>
    [JsonPropertyName("unitPrice")]
    public decimal? UnitPrice { get; set; }

    /// <summary>Credits quoted for the whole run when it started.</summary>
    [JsonPropertyName("quoted")]
    public decimal? Quoted { get; set; }

    /// <summary>Credits reserved for items not finished yet.</summary>
    [JsonPropertyName("held")]
    public decimal? Held { get; set; }

    /// <summary>Credits charged so far.</summary>
    [JsonPropertyName("charged")]
    public decimal? Charged { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One item of a run: its status and, once it finished, its output or error.</summary>
public sealed class OctaveRunItem
{
    /// <summary>The item's id, when the server gives one.</summary>
    [JsonPropertyName("oId")]
    public string? OId { get; set; }

    /// <summary>The item's status.</summary>
    [JsonPropertyName("status")]
    public OctaveRunStatus Status { get; set; }

    /// <summary>The item's output as raw JSON; its shape depends on the agent or workflow that ran.</summary>
    [JsonPropertyName("output")]
    public JsonElement? Output { get; set; }

    /// <summary>Why the item failed, when it did.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
