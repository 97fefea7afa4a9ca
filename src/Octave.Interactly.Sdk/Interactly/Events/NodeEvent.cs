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

    private RawJsonValue<string> _originNodeLogicalId;
    private RawJsonValue<string> _originNodeName;
    private RawJsonValue<string> _originNodeRunId;

    /// <summary>The node's logical id.</summary>
    [JsonPropertyName("origin_node_logical_id")]
    public string? OriginNodeLogicalId
    {
        get => _originNodeLogicalId.Get(RawJson, "origin_node_logical_id", RawJsonReaders.Text);
        set => _originNodeLogicalId.Set(value);
    }

    /// <summary>The node's display name.</summary>
    [JsonPropertyName("origin_node_name")]
    public string? OriginNodeName
    {
        get => _originNodeName.Get(RawJson, "origin_node_name", RawJsonReaders.Text);
        set => _originNodeName.Set(value);
    }

    /// <summary>The id of this run of the node.</summary>
    [JsonPropertyName("origin_node_run_id")]
    public string? OriginNodeRunId
    {
        get => _originNodeRunId.Get(RawJson, "origin_node_run_id", RawJsonReaders.Text);
        set => _originNodeRunId.Set(value);
    }
}
