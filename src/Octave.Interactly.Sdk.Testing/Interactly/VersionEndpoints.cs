using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Workflow versions (§2.4): create (a copy of another version), list, rename, delete, activate, replace the config,
/// diff two versions, and every workflow's active version. Activating or re-configuring the active version changes
/// what the workflow document serves. Runs still play the catalogue's scripts.
/// </summary>
internal sealed class VersionEndpoints
{
    private const string VersionsPath = "/v1/workflows/{workflow_id}/versions";
    private const string VersionPath = VersionsPath + "/{version_number}";

    private readonly WorkflowDocumentStore store;

    public VersionEndpoints(WorkflowDocumentStore store) => this.store = store;

    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/v1/workflows/versions/active", (Func<HttpContext, IResult>)ListActive);
        group.MapPost(VersionsPath, (Func<HttpContext, Task<IResult>>)CreateAsync);
        group.MapGet(VersionsPath, (Func<HttpContext, IResult>)List);
        group.MapPatch(VersionPath, (Func<HttpContext, Task<IResult>>)RenameAsync);
        group.MapDelete(VersionPath, (Func<HttpContext, IResult>)Delete);
        group.MapPost(VersionPath + "/activate", (Func<HttpContext, IResult>)Activate);
        group.MapPatch(VersionPath + "/config", (Func<HttpContext, Task<IResult>>)ReplaceConfigAsync);
        group.MapGet(VersionsPath + "/{version1}/diff/{version2}", (Func<HttpContext, IResult>)Diff);
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        JsonObject body = await ReadObjectAsync(http).ConfigureAwait(false) ?? [];
        lock (store.Sync)
        {
            if (!TryWorkflow(http, out StoredWorkflow? workflow, out IResult? error))
            {
                return error;
            }

            int source = body["source_version_number"] is JsonValue s && s.TryGetValue(out int chosen) ? chosen : workflow.ActiveVersion;
            if (!workflow.Versions.Contains(source))
            {
                return WireReplies.NotFound($"Version {source} of workflow {workflow.Id} not found");
            }

            int number = workflow.Versions.Max() + 1;
            string name = body["version_name"] is JsonValue n && n.TryGetValue(out string? label) && !string.IsNullOrWhiteSpace(label)
                ? label
                : "v" + number.ToString(CultureInfo.InvariantCulture);
            var version = new StoredVersion(number, name, (JsonObject)workflow.VersionOf(source).Config.DeepClone(), store.Now());
            workflow.VersionData[number] = version;
            workflow.Versions.Add(number);
            if (body["mark_as_active"] is JsonValue m && m.TryGetValue(out bool activate) && activate)
            {
                Activate(workflow, number);
            }

            return VersionReply(workflow, version, StatusCodes.Status201Created);
        }
    }

    private IResult List(HttpContext http)
    {
        lock (store.Sync)
        {
            if (!TryWorkflow(http, out StoredWorkflow? workflow, out IResult? error))
            {
                return error;
            }

            var versions = new JsonArray();
            foreach (int number in workflow.Versions.OrderBy(v => v))
            {
                versions.Add(workflow.VersionOf(number).ToJson(workflow, withConfig: false));
            }

            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["versions"] = versions });
        }
    }

    private async Task<IResult> RenameAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body?["version_name"] is not JsonValue value || !value.TryGetValue(out string? name) || string.IsNullOrWhiteSpace(name))
        {
            return WireReplies.Validation("Field required", "missing", "body", "version_name");
        }

        lock (store.Sync)
        {
            if (!TryVersion(http, out StoredWorkflow? workflow, out StoredVersion? version, out IResult? error))
            {
                return error;
            }

            version.Name = name;
            return VersionReply(workflow, version, StatusCodes.Status200OK);
        }
    }

    private IResult Delete(HttpContext http)
    {
        lock (store.Sync)
        {
            if (!TryVersion(http, out StoredWorkflow? workflow, out StoredVersion? version, out IResult? error))
            {
                return error;
            }

            if (version.Number == workflow.ActiveVersion)
            {
                return WireReplies.InvalidInput($"Version {version.Number} is the active version; activate another version before deleting it");
            }

            workflow.Versions.Remove(version.Number);
            workflow.VersionData.Remove(version.Number);
            return Results.NoContent();
        }
    }

    private IResult Activate(HttpContext http)
    {
        lock (store.Sync)
        {
            if (!TryVersion(http, out StoredWorkflow? workflow, out StoredVersion? version, out IResult? error))
            {
                return error;
            }

            Activate(workflow, version.Number);
            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject
            {
                ["workflow"] = workflow.ToJson(hydrated: false),
                ["execution_url"] = $"/v1/workflows/{workflow.Id}/execute",
            });
        }
    }

    private async Task<IResult> ReplaceConfigAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body?["config"] is not JsonObject config)
        {
            return WireReplies.Validation("Field required", "missing", "body", "config");
        }

        lock (store.Sync)
        {
            if (!TryVersion(http, out StoredWorkflow? workflow, out StoredVersion? version, out IResult? error))
            {
                return error;
            }

            version.Config = (JsonObject)config.DeepClone();
            if (version.Number == workflow.ActiveVersion)
            {
                workflow.Config = (JsonObject)config.DeepClone();
            }

            workflow.UpdatedAt = store.Now();
            return VersionReply(workflow, version, StatusCodes.Status200OK);
        }
    }

    private IResult Diff(HttpContext http)
    {
        lock (store.Sync)
        {
            if (!TryWorkflow(http, out StoredWorkflow? workflow, out IResult? error))
            {
                return error;
            }

            if (!TryNumber(http, "version1", workflow, out int first, out error) || !TryNumber(http, "version2", workflow, out int second, out error))
            {
                return error;
            }

            JsonObject before = workflow.VersionOf(first).Config;
            JsonObject after = workflow.VersionOf(second).Config;
            JsonArray nodes = Compare(before["node_configs"], after["node_configs"]);
            JsonArray edges = Compare(before["edge_configs"], after["edge_configs"]);
            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject
            {
                ["version1"] = first,
                ["version2"] = second,
                ["workflow_config_changes"] = new JsonArray(),
                ["nodes"] = nodes,
                ["edges"] = edges,
                ["summary"] = new JsonObject
                {
                    ["nodes_added"] = Count(nodes, "added"),
                    ["nodes_removed"] = Count(nodes, "removed"),
                    ["nodes_modified"] = Count(nodes, "modified"),
                    ["edges_added"] = Count(edges, "added"),
                    ["edges_removed"] = Count(edges, "removed"),
                    ["edges_modified"] = Count(edges, "modified"),
                },
            });
        }
    }

    private IResult ListActive(HttpContext http)
    {
        int page = int.TryParse(http.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p >= 1 ? p : 1;
        int size = int.TryParse(http.Request.Query["size"], NumberStyles.None, CultureInfo.InvariantCulture, out int z) && z >= 1 ? z : 20;
        lock (store.Sync)
        {
            IReadOnlyList<StoredWorkflow> all = store.All();
            var versions = new JsonArray();
            foreach (StoredWorkflow workflow in all.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size))
            {
                versions.Add(workflow.VersionOf(workflow.ActiveVersion).ToJson(workflow, withConfig: false));
            }

            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["versions"] = versions, ["total"] = all.Count, ["page"] = page, ["size"] = size });
        }
    }

    private static void Activate(StoredWorkflow workflow, int number)
    {
        workflow.ActiveVersion = number;
        workflow.Config = (JsonObject)workflow.VersionOf(number).Config.DeepClone();
    }

    /// <summary>Entries keyed by <c>logical_id</c>: added, removed, or modified when their JSON differs.</summary>
    private static JsonArray Compare(JsonNode? before, JsonNode? after)
    {
        Dictionary<string, JsonNode> old = ById(before);
        Dictionary<string, JsonNode> now = ById(after);
        var result = new JsonArray();
        foreach ((string id, JsonNode node) in now)
        {
            if (!old.TryGetValue(id, out JsonNode? previous))
            {
                result.Add(new JsonObject { ["logical_id"] = id, ["status"] = "added" });
            }
            else if (!JsonNode.DeepEquals(previous, node))
            {
                result.Add(new JsonObject { ["logical_id"] = id, ["status"] = "modified", ["old"] = previous.DeepClone(), ["new"] = node.DeepClone() });
            }
        }

        foreach (string id in old.Keys.Where(id => !now.ContainsKey(id)))
        {
            result.Add(new JsonObject { ["logical_id"] = id, ["status"] = "removed" });
        }

        return result;
    }

    private static Dictionary<string, JsonNode> ById(JsonNode? list)
    {
        var map = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (list is JsonArray array)
        {
            foreach (JsonObject item in array.OfType<JsonObject>())
            {
                if (item["logical_id"] is JsonValue id && id.TryGetValue(out string? key))
                {
                    map[key] = item;
                }
            }
        }

        return map;
    }

    private static int Count(JsonArray entries, string status) =>
        entries.Count(e => e?["status"]?.GetValue<string>() == status);

    private static IResult VersionReply(StoredWorkflow workflow, StoredVersion version, int status) =>
        WireReplies.Json(status, new JsonObject
        {
            ["version"] = version.ToJson(workflow, withConfig: true),
            ["parent_active_version"] = workflow.ActiveVersion,
        });

    private bool TryWorkflow(HttpContext http, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StoredWorkflow? workflow, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
    {
        string id = http.Request.RouteValues["workflow_id"] as string ?? "";
        error = null;
        workflow = null;
        if (!store.TryGet(id, out StoredWorkflow found))
        {
            error = WireReplies.NotFound($"Workflow {id} not found");
            return false;
        }

        workflow = found;
        return true;
    }

    private bool TryVersion(HttpContext http, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StoredWorkflow? workflow, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StoredVersion? version, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
    {
        version = null;
        if (!TryWorkflow(http, out workflow, out error) || !TryNumber(http, "version_number", workflow, out int number, out error))
        {
            return false;
        }

        version = workflow.VersionOf(number);
        return true;
    }

    private static bool TryNumber(HttpContext http, string name, StoredWorkflow workflow, out int number, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
    {
        error = null;
        string raw = http.Request.RouteValues[name] as string ?? "";
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            error = WireReplies.Validation("Input should be a valid integer", "int_parsing", "path", name);
            return false;
        }

        if (!workflow.Versions.Contains(number))
        {
            error = WireReplies.NotFound($"Version {raw} of workflow {workflow.Id} not found");
            return false;
        }

        return true;
    }

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        string text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
