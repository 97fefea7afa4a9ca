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
/// Workflow management (§2.4): list, get (optionally fully hydrated), create, update, delete, clone, export, import a
/// bundle, the concurrency limit and the dynamic variables. Stateful: what the API creates is listed and served
/// afterwards. Workflows created through the API are documents only; runs still play the catalogue's scripts.
/// </summary>
internal sealed class WorkflowEndpoints
{
    private const string WorkflowPath = "/v1/workflows/{workflow_id}";
    private const int DefaultPageSize = 20;

    private readonly WorkflowDocumentStore store;
    private readonly WebhookEndpoints webhooks;

    public WorkflowEndpoints(WorkflowDocumentStore store, WebhookEndpoints webhooks)
    {
        this.store = store;
        this.webhooks = webhooks;
    }

    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/v1/workflows", (Func<HttpContext, IResult>)List);
        group.MapPost("/v1/workflows", (Func<HttpContext, Task<IResult>>)CreateAsync);
        group.MapPost("/v1/workflows/import/bundle", (Func<HttpContext, Task<IResult>>)ImportAsync);
        group.MapGet("/v1/workflows/dynamic-variables/{workflow_id}", (Func<HttpContext, IResult>)DynamicVariables);
        group.MapGet(WorkflowPath, (Func<HttpContext, IResult>)Get);
        group.MapPatch(WorkflowPath, (Func<HttpContext, Task<IResult>>)UpdateAsync);
        group.MapDelete(WorkflowPath, (Func<HttpContext, IResult>)Delete);
        group.MapPost(WorkflowPath + "/clone", (Func<HttpContext, Task<IResult>>)CloneAsync);
        group.MapGet(WorkflowPath + "/export", (Func<HttpContext, IResult>)Export);
        group.MapPatch(WorkflowPath + "/concurrency", (Func<HttpContext, Task<IResult>>)ConcurrencyAsync);
    }

    private IResult List(HttpContext http)
    {
        IQueryCollection query = http.Request.Query;
        if (!TryPositive(query, "page", 1, out int page, out IResult? error) || !TryPositive(query, "size", DefaultPageSize, out int size, out error))
        {
            return error;
        }

        string? search = query["search"];
        lock (store.Sync)
        {
            var matches = store.All()
                .Where(w => string.IsNullOrEmpty(search)
                    || w.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || (w.Description?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
                .ToList();
            var items = new JsonArray();
            foreach (StoredWorkflow workflow in matches.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size))
            {
                items.Add(workflow.ToJson(hydrated: false));
            }

            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject
            {
                ["workflows"] = items,
                ["total"] = matches.Count,
                ["page"] = page,
                ["size"] = size,
                ["pages"] = (matches.Count + size - 1) / size,
            });
        }
    }

    private IResult Get(HttpContext http)
    {
        string? hydrate = http.Request.Query["fully_hydrate"];
        bool hydrated = string.Equals(hydrate, "true", StringComparison.OrdinalIgnoreCase) || hydrate == "1";
        lock (store.Sync)
        {
            return TryFind(http, out StoredWorkflow? workflow, out IResult? error) ? Reply(workflow, hydrated) : error;
        }
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null || Text(body, "name") is not { Length: > 0 } name || string.IsNullOrWhiteSpace(name))
        {
            return WireReplies.Validation("Field required", "missing", "body", "name");
        }

        JsonObject config = body["config"] as JsonObject is { } given ? (JsonObject)given.DeepClone() : [];
        lock (store.Sync)
        {
            StoredWorkflow workflow = store.Add(name, Text(body, "description"), config, [0], 0);
            webhooks.Emit("workflow_created", workflow.Id, workflow.Name);
            return Reply(workflow, hydrated: false, StatusCodes.Status201Created);
        }
    }

    private async Task<IResult> UpdateAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            return WireReplies.Validation("Input should be a valid dictionary or object", "model_attributes_type", "body");
        }

        lock (store.Sync)
        {
            if (!TryFind(http, out StoredWorkflow? workflow, out IResult? error))
            {
                return error;
            }

            if (Text(body, "name") is { } name)
            {
                workflow.Name = name;
            }

            if (body.ContainsKey("description"))
            {
                workflow.Description = Text(body, "description");
            }

            workflow.UpdatedAt = store.Now();
            webhooks.Emit("workflow_updated", workflow.Id, workflow.Name);
            return Reply(workflow, hydrated: false);
        }
    }

    private IResult Delete(HttpContext http)
    {
        string id = IdOf(http);
        lock (store.Sync)
        {
            if (!store.TryGet(id, out StoredWorkflow workflow) || !store.Remove(id))
            {
                return WireReplies.NotFound($"Workflow {id} not found");
            }

            webhooks.Emit("workflow_deleted", id, workflow.Name);
            return Results.NoContent();
        }
    }

    private async Task<IResult> CloneAsync(HttpContext http)
    {
        JsonObject body = await ReadObjectAsync(http).ConfigureAwait(false) ?? [];
        lock (store.Sync)
        {
            if (!TryFind(http, out StoredWorkflow? source, out IResult? error))
            {
                return error;
            }

            List<int> versions = source.Versions;
            if (body["clone_all_versions"] is JsonValue all && all.TryGetValue(out bool cloneAll) && !cloneAll)
            {
                versions = Ints(body["version_numbers_to_clone"]);
                if (versions.Count == 0)
                {
                    return WireReplies.InvalidInput("At least one version must be selected to clone");
                }

                List<int> unknown = versions.Where(v => !source.Versions.Contains(v)).ToList();
                if (unknown.Count > 0)
                {
                    return WireReplies.NotFound($"Version {unknown[0]} of workflow {source.Id} not found");
                }
            }

            int active = versions.Contains(source.ActiveVersion)
                ? source.ActiveVersion
                : body["fallback_active_version"] is JsonValue fallback && fallback.TryGetValue(out int chosen) ? chosen : versions[0];
            StoredWorkflow copy = store.Add(Text(body, "name") ?? source.Name + " (copy)", Text(body, "description") ?? source.Description, (JsonObject)source.Config.DeepClone(), versions, active);
            copy.MaxConcurrentRuns = source.MaxConcurrentRuns;
            return Reply(copy, hydrated: false, StatusCodes.Status201Created);
        }
    }

    private IResult Export(HttpContext http)
    {
        var versions = new List<int>();
        foreach (string? raw in http.Request.Query["version_numbers"])
        {
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            {
                return WireReplies.Validation("Input should be a valid integer", "int_parsing", "query", "version_numbers");
            }

            versions.Add(version);
        }

        if (versions.Count == 0 || !int.TryParse(http.Request.Query["active_version_number"], NumberStyles.None, CultureInfo.InvariantCulture, out int active))
        {
            return WireReplies.Validation("Field required", "missing", "query", versions.Count == 0 ? "version_numbers" : "active_version_number");
        }

        lock (store.Sync)
        {
            if (!TryFind(http, out StoredWorkflow? workflow, out IResult? error))
            {
                return error;
            }

            List<int> missing = versions.Where(v => !workflow.Versions.Contains(v)).ToList();
            if (missing.Count > 0)
            {
                return WireReplies.NotFound($"Version {missing[0]} of workflow {workflow.Id} not found");
            }

            if (!versions.Contains(active))
            {
                return WireReplies.InvalidInput("active_version_number must be one of version_numbers");
            }

            var bundleVersions = new JsonArray();
            foreach (int version in versions)
            {
                bundleVersions.Add(new JsonObject { ["version_number"] = version, ["config"] = workflow.VersionOf(version).Config.DeepClone() });
            }

            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject
            {
                ["bundle_format"] = "interactly-workflow-bundle",
                ["bundle_version"] = 1,
                ["workflow"] = new JsonObject { ["name"] = workflow.Name, ["description"] = workflow.Description },
                ["versions"] = bundleVersions,
                ["active_version_number"] = active,
            });
        }
    }

    private async Task<IResult> ImportAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body?["bundle"] is not JsonObject bundle)
        {
            return WireReplies.Validation("Field required", "missing", "body", "bundle");
        }

        if (bundle["versions"] is not JsonArray bundleVersions || bundle["workflow"] is not JsonObject header)
        {
            return WireReplies.InvalidInput("The bundle is not an exported workflow bundle");
        }

        var available = bundleVersions.OfType<JsonObject>()
            .Where(v => v["version_number"] is JsonValue n && n.TryGetValue(out int _))
            .ToDictionary(v => v["version_number"]!.GetValue<int>());
        List<int> wanted = body.ContainsKey("versions_to_import") ? Ints(body["versions_to_import"]) : [0];
        int active = body["active_version_number"] is JsonValue a && a.TryGetValue(out int chosen) ? chosen : 0;
        if (wanted.Count == 0 || wanted.Any(v => !available.ContainsKey(v)))
        {
            return WireReplies.InvalidInput("versions_to_import names a version the bundle does not contain");
        }

        if (!wanted.Contains(active))
        {
            return WireReplies.InvalidInput("active_version_number must be one of versions_to_import");
        }

        JsonObject config = available[active]["config"] as JsonObject is { } c ? (JsonObject)c.DeepClone() : [];
        lock (store.Sync)
        {
            StoredWorkflow workflow = store.Add(Text(body, "workflow_name") ?? Text(header, "name") ?? "Imported workflow", Text(header, "description"), config, wanted, active);
            return Reply(workflow, hydrated: false, StatusCodes.Status201Created);
        }
    }

    private async Task<IResult> ConcurrencyAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body?["max_concurrent_runs"] is not JsonValue value || !value.TryGetValue(out int limit))
        {
            return WireReplies.Validation("Field required", "missing", "body", "max_concurrent_runs");
        }

        if (limit < 1)
        {
            return WireReplies.Validation("Input should be greater than or equal to 1", "greater_than_equal", "body", "max_concurrent_runs");
        }

        lock (store.Sync)
        {
            if (!TryFind(http, out StoredWorkflow? workflow, out IResult? error))
            {
                return error;
            }

            workflow.MaxConcurrentRuns = limit;
            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject
            {
                ["workflow_id"] = workflow.Id,
                ["max_concurrent_runs"] = limit,
                ["message"] = $"Concurrency limit set to {limit.ToString(CultureInfo.InvariantCulture)}",
            });
        }
    }

    private IResult DynamicVariables(HttpContext http)
    {
        lock (store.Sync)
        {
            if (!TryFind(http, out StoredWorkflow? workflow, out IResult? error))
            {
                return error;
            }

            var variables = new JsonArray();
            foreach (string name in WorkflowDocumentStore.DynamicVariables(workflow))
            {
                variables.Add(new JsonObject { ["name"] = name });
            }

            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["workflow_id"] = workflow.Id, ["dynamic_variables"] = variables });
        }
    }

    private static IResult Reply(StoredWorkflow workflow, bool hydrated, int status = StatusCodes.Status200OK) =>
        WireReplies.Json(status, new JsonObject
        {
            ["workflow"] = workflow.ToJson(hydrated),
            ["execution_url"] = $"/v1/workflows/{workflow.Id}/execute",
        });

    private bool TryFind(HttpContext http, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StoredWorkflow? workflow, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
    {
        string id = IdOf(http);
        error = null;
        workflow = null;
        if (id.Length != 24 || !id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
        {
            error = WireReplies.Validation("String should match pattern '^[0-9a-f]{24}$'", "value_error", "path", "workflow_id");
            return false;
        }

        if (!store.TryGet(id, out StoredWorkflow found))
        {
            error = WireReplies.NotFound($"Workflow {id} not found");
            return false;
        }

        workflow = found;
        return true;
    }

    private static string IdOf(HttpContext http) => http.Request.RouteValues["workflow_id"] as string ?? "";

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static List<int> Ints(JsonNode? node) =>
        node is JsonArray array
            ? array.OfType<JsonValue>().Select(v => v.TryGetValue(out int n) ? n : -1).Where(n => n >= 0).ToList()
            : [];

    private static bool TryPositive(IQueryCollection query, string name, int fallback, out int value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
    {
        error = null;
        value = fallback;
        string? raw = query[name];
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || value < 1)
        {
            error = WireReplies.Validation("Input should be greater than or equal to 1", "greater_than_equal", "query", name);
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
