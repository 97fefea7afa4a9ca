using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// The workflow documents the management endpoints serve: one per scripted workflow in the catalogue (added the
/// first time the store is read) plus those created, cloned or imported through the API. Guarded by one lock:
/// management calls are rare next to turns.
/// </summary>
internal sealed partial class WorkflowDocumentStore
{
    /// <summary>Names the script player fills in itself, so a workflow does not expect them from the caller.</summary>
    private static readonly HashSet<string> BuiltInVariables = new(StringComparer.Ordinal) { "last_user_message", "turn_number" };

    private readonly InteractlyServices services;
    private readonly Dictionary<string, StoredWorkflow> workflows = new(StringComparer.Ordinal);
    private readonly HashSet<string> catalogSeen = new(StringComparer.Ordinal);
    private long sequence;

    public WorkflowDocumentStore(InteractlyServices services) => this.services = services;

    public object Sync { get; } = new();

    public DateTimeOffset Now() => services.Events.UtcNow();

    /// <summary>All live workflows in creation order; call under <see cref="Sync"/>.</summary>
    public IReadOnlyList<StoredWorkflow> All()
    {
        AddCatalogWorkflows();
        return workflows.Values.OrderBy(w => w.Sequence).ToList();
    }

    /// <summary>Call under <see cref="Sync"/>.</summary>
    public bool TryGet(string workflowId, out StoredWorkflow workflow)
    {
        AddCatalogWorkflows();
        return workflows.TryGetValue(workflowId, out workflow!);
    }

    /// <summary>Call under <see cref="Sync"/>.</summary>
    public StoredWorkflow Add(string name, string? description, JsonObject config, IReadOnlyList<int> versions, int activeVersion)
    {
        AddCatalogWorkflows();
        var now = services.Events.UtcNow();
        var workflow = new StoredWorkflow(services.Ids.NewObjectId(), ++sequence, now)
        {
            Name = name,
            Description = description,
            Config = config,
            Versions = versions.ToList(),
            ActiveVersion = activeVersion,
        };
        workflows[workflow.Id] = workflow;
        return workflow;
    }

    /// <summary>Call under <see cref="Sync"/>.</summary>
    public bool Remove(string workflowId)
    {
        AddCatalogWorkflows();
        return workflows.Remove(workflowId);
    }

    public void Clear()
    {
        lock (Sync)
        {
            workflows.Clear();
            catalogSeen.Clear();
        }
    }

    /// <summary>The <c>{{name}}</c> placeholders in a workflow's configuration, in order of first use.</summary>
    public static IReadOnlyList<string> DynamicVariables(StoredWorkflow workflow)
    {
        var names = new List<string>();
        var captured = new HashSet<string>(StringComparer.Ordinal);
        if (workflow.Script is { } script)
        {
            foreach (ScriptNode node in script.Nodes)
            {
                if (node.Capture is { } capture)
                {
                    captured.Add(capture);
                }
            }
        }

        Collect(workflow.Config, names);
        return names.Where(n => !captured.Contains(n) && !BuiltInVariables.Contains(n)).ToList();
    }

    public static string IsoTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void Collect(JsonNode? node, List<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    Collect(property.Value, names);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Collect(item, names);
                }

                break;
            case JsonValue value when value.TryGetValue(out string? text):
                foreach (Match match in Placeholder().Matches(text))
                {
                    string name = match.Groups[1].Value;
                    if (!names.Contains(name))
                    {
                        names.Add(name);
                    }
                }

                break;
        }
    }

    private void AddCatalogWorkflows()
    {
        foreach (InteractlyWorkflowScript script in services.Catalog.All)
        {
            if (!catalogSeen.Add(script.WorkflowId))
            {
                continue;
            }

            var nodes = new JsonArray();
            foreach (ScriptNode node in script.Nodes)
            {
                nodes.Add(new JsonObject { ["logical_id"] = node.Id, ["type"] = node.Kind.ToString(), ["name"] = node.Name ?? node.Id, ["prompt"] = node.Text });
            }

            workflows[script.WorkflowId] = new StoredWorkflow(script.WorkflowId, ++sequence, services.Events.UtcNow())
            {
                Name = script.Name,
                Description = script.Description,
                Config = new JsonObject { ["start_node_logical_id"] = script.StartNode, ["node_configs"] = nodes, ["edge_configs"] = new JsonArray() },
                Versions = script.Versions?.ToList() ?? [script.ActiveVersion],
                ActiveVersion = script.ActiveVersion,
                Script = script,
            };
        }
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}

/// <summary>One workflow document; mutated only under <see cref="WorkflowDocumentStore.Sync"/>.</summary>
internal sealed class StoredWorkflow
{
    public StoredWorkflow(string id, long sequence, DateTimeOffset createdAt)
    {
        Id = id;
        Sequence = sequence;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Id { get; }

    public long Sequence { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The configuration: nodes and edges as the API takes them (raw JSON).</summary>
    public JsonObject Config { get; set; } = [];

    public List<int> Versions { get; set; } = [0];

    public int ActiveVersion { get; set; }

    public int? MaxConcurrentRuns { get; set; }

    /// <summary>Per-version labels and configurations, made on first use from <see cref="Config"/>.</summary>
    public Dictionary<int, StoredVersion> VersionData { get; } = [];

    /// <summary>The script behind a catalogue workflow; null for workflows created through the API.</summary>
    public InteractlyWorkflowScript? Script { get; init; }

    /// <summary>The stored data of a version this workflow has; made from <see cref="Config"/> the first time it is asked for.</summary>
    public StoredVersion VersionOf(int number)
    {
        if (!VersionData.TryGetValue(number, out StoredVersion? version))
        {
            version = new StoredVersion(number, "v" + number.ToString(CultureInfo.InvariantCulture), (JsonObject)Config.DeepClone(), CreatedAt);
            VersionData[number] = version;
        }

        return version;
    }

    /// <summary>The document as the API returns it; hydrated inlines nodes and edges into <c>workflow_config</c>.</summary>
    public JsonObject ToJson(bool hydrated)
    {
        var header = new JsonObject { ["name"] = Name, ["description"] = Description, ["status"] = "active" };
        JsonObject config;
        if (hydrated)
        {
            config = new JsonObject
            {
                ["workflow_config"] = header,
                ["node_configs"] = Config["node_configs"]?.DeepClone() ?? new JsonArray(),
                ["edge_configs"] = Config["edge_configs"]?.DeepClone() ?? new JsonArray(),
            };
        }
        else
        {
            config = header;
        }

        return new JsonObject
        {
            ["_id"] = Id,
            ["team_id"] = "",
            ["created_by"] = "api",
            ["name"] = Name,
            ["description"] = Description,
            ["status"] = "active",
            ["active_version_number"] = ActiveVersion,
            ["max_concurrent_runs"] = MaxConcurrentRuns,
            ["workflow_config"] = config,
            ["created_at"] = WorkflowDocumentStore.IsoTime(CreatedAt),
            ["updated_at"] = WorkflowDocumentStore.IsoTime(UpdatedAt),
        };
    }
}

/// <summary>One version of a stored workflow.</summary>
internal sealed class StoredVersion
{
    public StoredVersion(int number, string name, JsonObject config, DateTimeOffset createdAt)
    {
        Number = number;
        Name = name;
        Config = config;
        CreatedAt = createdAt;
    }

    public int Number { get; }

    public string Name { get; set; }

    public JsonObject Config { get; set; }

    public DateTimeOffset CreatedAt { get; }

    public JsonObject ToJson(StoredWorkflow owner, bool withConfig) => new()
    {
        ["workflow_id"] = owner.Id,
        ["version_number"] = Number,
        ["version_name"] = Name,
        ["is_active"] = owner.ActiveVersion == Number,
        ["config"] = withConfig ? Config.DeepClone() : null,
        ["created_at"] = WorkflowDocumentStore.IsoTime(CreatedAt),
    };
}
