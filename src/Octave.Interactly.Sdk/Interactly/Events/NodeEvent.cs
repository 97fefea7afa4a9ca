using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>An event emitted by a node: adds the node's id, name and run id.</summary>
public abstract class NodeEvent : InteractlyEvent
{
    /// <summary>Creates a node event of the given type.</summary>
    /// <param name="type">The wire discriminator.</param>
    protected NodeEvent(string type)
        : base(type)
    {
    }

    /// <summary>The node's logical id.</summary>
    [JsonPropertyName("origin_node_logical_id")]
    public string? OriginNodeLogicalId { get; set; }

    /// <summary>The node's display name.</summary>
    [JsonPropertyName("origin_node_name")]
    public string? OriginNodeName { get; set; }

    /// <summary>The id of this run of the node.</summary>
    [JsonPropertyName("origin_node_run_id")]
    public string? OriginNodeRunId { get; set; }
}
