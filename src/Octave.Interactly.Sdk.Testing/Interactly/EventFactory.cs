using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Builds event objects with the fields every Interactly event carries (§2.3): type, logical id,
/// float Unix timestamp, thread ids, empty comments, not interrupted. Event-specific fields are
/// added by the caller at the top level, never under a <c>data</c> key.
/// </summary>
internal sealed class EventFactory
{
    /// <summary>The main thread's id.</summary>
    public const string MainThread = "0";

    private readonly EmulatorContext context;
    private readonly InteractlyIds ids;

    public EventFactory(EmulatorContext context, InteractlyIds ids)
    {
        this.context = context;
        this.ids = ids;
    }

    public System.DateTimeOffset UtcNow() => context.TimeProvider.GetUtcNow();

    /// <summary>Seconds since the Unix epoch, with milliseconds, from the emulator's clock.</summary>
    public double Now() => context.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;

    public JsonObject Create(string type, string threadId = MainThread)
    {
        var created = new JsonObject { ["type"] = type };
        AddCommonFields(created, threadId);
        return created;
    }

    /// <summary>An event raised by a node: adds the origin node's id, name and this visit's run id.</summary>
    public JsonObject ForNode(string type, ScriptNode node, string nodeRunId, string threadId = MainThread)
    {
        JsonObject created = Create(type, threadId);
        created["origin_node_logical_id"] = node.Id;
        created["origin_node_name"] = node.Name ?? node.Id;
        created["origin_node_run_id"] = nodeRunId;
        return created;
    }

    /// <summary>
    /// A script's raw event, copied, with the common fields filled in where the script left them out,
    /// so even an unknown event type looks like something the server would send.
    /// </summary>
    public JsonObject FromRaw(JsonObject raw, ScriptNode node, string nodeRunId)
    {
        var copy = (JsonObject)raw.DeepClone();
        JsonObject defaults = ForNode(raw["type"]!.GetValue<string>(), node, nodeRunId);
        foreach (string key in new[] { "logical_id", "timestamp", "origin_thread_id", "thread_reference_id", "comments", "interrupted", "origin_node_logical_id", "origin_node_name", "origin_node_run_id" })
        {
            if (!copy.ContainsKey(key))
            {
                copy[key] = defaults[key]?.DeepClone();
            }
        }

        return copy;
    }

    private void AddCommonFields(JsonObject target, string threadId)
    {
        target["logical_id"] = ids.NewEventId();
        target["timestamp"] = Now();
        target["origin_thread_id"] = threadId;
        target["thread_reference_id"] = threadId;
        target["comments"] = new JsonArray();
        target["interrupted"] = false;
    }
}
