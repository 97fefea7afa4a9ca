using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>A transition along an edge: adds the edge and its source and destination nodes.</summary>
public abstract class EdgeEvent : InteractlyEvent
{
    /// <summary>Creates an edge event of the given type.</summary>
    /// <param name="type">The wire discriminator.</param>
    protected EdgeEvent(string type)
        : base(type)
    {
    }

    /// <summary>The edge's display name.</summary>
    [JsonPropertyName("edge_name")]
    public string? EdgeName { get; set; }

    /// <summary>The edge's logical id.</summary>
    [JsonPropertyName("edge_logical_id")]
    public string? EdgeLogicalId { get; set; }

    /// <summary>The id of this traversal of the edge.</summary>
    [JsonPropertyName("edge_run_id")]
    public string? EdgeRunId { get; set; }

    /// <summary>The node the transition left.</summary>
    [JsonPropertyName("source_node_logical_id")]
    public string? SourceNodeLogicalId { get; set; }

    /// <summary>The display name of the node the transition left.</summary>
    [JsonPropertyName("source_node_name")]
    public string? SourceNodeName { get; set; }

    /// <summary>The node the transition entered.</summary>
    [JsonPropertyName("destination_node_logical_id")]
    public string? DestinationNodeLogicalId { get; set; }

    /// <summary>The display name of the node the transition entered.</summary>
    [JsonPropertyName("destination_node_name")]
    public string? DestinationNodeName { get; set; }

    /// <summary>Why the transition happened.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}
