using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Wire;

/// <summary>The workflow-version endpoints on the wire.</summary>
public class WorkflowVersionWireTests : WireMockTest
{
    private const string WorkflowId = "0123456789abcdef01234567";
    private const string ApiKey = "itk_live_secret_value_123";
    private const string VersionsPath = "/workflows/v1/workflows/" + WorkflowId + "/versions";
    private const string VersionAnswer = """
        {"version":{"version_number":3,"version_name":"spring","created_at":"2026-01-02T03:04:05Z","config":{"node_configs":[]},"extra":true},
         "parent_active_version":3,"warnings":[]}
        """;

    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void CreateHttp() => _http = new HttpClient();

    [OneTimeTearDown]
    public void DisposeHttp() => _http.Dispose();

    private static IEnumerable<TestCaseData> Calls()
    {
        var config = JsonDocument.Parse("{\"node_configs\":[{\"logical_id\":\"n1\"}]}").RootElement;
        yield return Case("POST", VersionsPath, "{\"version_name\":\"spring\",\"mark_as_active\":true,\"source_version_number\":1}", VersionAnswer,
            api => api.CreateVersionAsync(WorkflowId, new CreateWorkflowVersionRequest { VersionName = "spring", MarkAsActive = true, SourceVersionNumber = 1 }), "create");
        yield return Case("GET", VersionsPath, null, "{\"versions\":[{\"version_number\":0}]}", api => api.ListVersionsAsync(WorkflowId), "list");
        yield return Case("PATCH", VersionsPath + "/3", "{\"version_name\":\"summer\"}", VersionAnswer,
            api => api.UpdateVersionAsync(WorkflowId, 3, new UpdateWorkflowVersionRequest { VersionName = "summer" }), "rename");
        yield return Case("DELETE", VersionsPath + "/3", null, "", api => api.DeleteVersionAsync(WorkflowId, 3), "delete");
        yield return Case("POST", VersionsPath + "/3/activate", "{}", "{\"workflow\":{\"_id\":\"" + WorkflowId + "\",\"active_version_number\":3}}",
            api => api.ActivateVersionAsync(WorkflowId, 3), "activate");
        yield return Case("PATCH", VersionsPath + "/3/config", "{\"config\":{\"node_configs\":[{\"logical_id\":\"n1\"}]}}", VersionAnswer,
            api => api.UpdateVersionConfigAsync(WorkflowId, 3, new WorkflowVersionConfigRequest { Config = config }), "replace config");
        yield return Case("GET", VersionsPath + "/1/diff/3", null, "{\"nodes\":[],\"edges\":[],\"summary\":{}}", api => api.DiffVersionsAsync(WorkflowId, 1, 3), "diff");
        yield return Case("GET", "/workflows/v1/workflows/versions/active", null, "{\"versions\":[]}", api => api.ListActiveVersionsAsync(), "active versions");
    }

    [TestCaseSource(nameof(Calls))]
    public async Task Each_call_uses_its_method_path_and_exact_body(string method, string path, string? body, string answer, Func<IInteractlyApi, Task> call)
    {
        Server.Given(InteractlyCall(method, path)).RespondWith(Answer(answer.Length == 0 ? 204 : 200, answer));

        await call(CreateApi());

        var request = OnlyRequest;
        Assert.That(request.Method, Is.EqualTo(method));
        if (body is null)
        {
            Assert.That(request.Body, Is.Null.Or.Empty);
        }
        else
        {
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(body)), Is.True, request.Body);
        }
    }

    [Test]
    public async Task A_version_answer_is_read_with_its_active_flag_and_unknown_fields()
    {
        Server.Given(InteractlyCall("POST", VersionsPath)).RespondWith(Answer(200, VersionAnswer));

        var response = await CreateApi().CreateVersionAsync(WorkflowId, new CreateWorkflowVersionRequest());

        Assert.That(JsonNode.Parse(OnlyRequest.Body!)!.ToJsonString(), Is.EqualTo("{\"mark_as_active\":false}"));
        Assert.That(response.Version!.VersionNumber, Is.EqualTo(3));
        Assert.That(response.Version.VersionName, Is.EqualTo("spring"));
        Assert.That(response.Version.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(response.Version.AdditionalProperties, Does.ContainKey("extra"));
        Assert.That(response.IsActive, Is.True);
    }

    [Test]
    public async Task Active_versions_send_paging_and_read_items_under_either_key()
    {
        Server.Given(InteractlyCall("GET", "/workflows/v1/workflows/versions/active"))
            .RespondWith(Answer(200, "{\"items\":[{\"workflow_id\":\"" + WorkflowId + "\",\"version_number\":2}],\"total\":1,\"page\":3,\"size\":5}"));

        var page = await CreateApi().ListActiveVersionsAsync(new ListActiveVersionsRequest { Page = 3, Size = 5 });

        Assert.That(OnlyRequest.RawQuery, Is.EqualTo("?page=3&size=5"));
        Assert.That(page.All.Single().WorkflowId, Is.EqualTo(WorkflowId));
        Assert.That((page.Total, page.Page, page.Size), Is.EqualTo(((int?)1, (int?)3, (int?)5)));
    }

    [Test]
    public void Bad_arguments_fail_before_any_request_naming_the_field()
    {
        var api = CreateApi();

        Assert.Multiple(() =>
        {
            Assert.That(() => api.DeleteVersionAsync(WorkflowId, -1), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("versionNumber"));
            Assert.That(() => api.DiffVersionsAsync(WorkflowId, 0, -2), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("version2"));
            Assert.That(() => api.UpdateVersionAsync(WorkflowId, 1, new UpdateWorkflowVersionRequest { VersionName = " " }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("version_name"));
            Assert.That(() => api.UpdateVersionConfigAsync(WorkflowId, 1, new WorkflowVersionConfigRequest()), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("config"));
            Assert.That(() => api.CreateVersionAsync(WorkflowId, new CreateWorkflowVersionRequest { SourceVersionNumber = -1 }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("source_version_number"));
            Assert.That(() => api.ListActiveVersionsAsync(new ListActiveVersionsRequest { Size = 0 }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("size"));
            Assert.That(() => api.ListVersionsAsync("short"), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("workflowId"));
        });
        Assert.That(Requests, Is.Empty);
    }

    private static TestCaseData Case(string method, string path, string? body, string answer, Func<IInteractlyApi, Task> call, string name) =>
        new TestCaseData(method, path, body, answer, call).SetArgDisplayNames(name);

    private static IRequestBuilder InteractlyCall(string method, string path) =>
        Exactly(method, path)
            .WithHeader("Authorization", new ExactMatcher("Bearer " + ApiKey))
            .WithHeader("X-Interactly-API-Version", new ExactMatcher(InteractlyOptions.DefaultApiVersion));

    private IInteractlyApi CreateApi() =>
        TestApis.Interactly(_http, new InteractlyOptions { ApiKey = ApiKey, BaseUrl = InteractlyBaseUrl });
}
