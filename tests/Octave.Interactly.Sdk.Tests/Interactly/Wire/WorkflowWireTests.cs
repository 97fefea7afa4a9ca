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

/// <summary>The workflow-management endpoints on the wire: paths, queries, bodies, answers and paging.</summary>
public class WorkflowWireTests : WireMockTest
{
    private const string WorkflowId = "0123456789abcdef01234567";
    private const string ApiKey = "itk_live_secret_value_123";
    private const string WorkflowsPath = "/workflows/v1/workflows";
    private const string WorkflowPath = WorkflowsPath + "/" + WorkflowId;
    private const string WorkflowAnswer = """
        {"workflow":{"_id":"0123456789abcdef01234567","team_id":"t1","active_version_number":2,"max_concurrent_runs":3,
          "workflow_config":{"workflow_config":{"name":"Intake"},"node_configs":[{"logical_id":"n1"}],"edge_configs":[]},
          "created_at":"2026-01-02T03:04:05Z","future_field":1},
         "execution_url":"/v1/workflows/0123456789abcdef01234567/execute","warnings":["unused variable x"]}
        """;

    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void CreateHttp() => _http = new HttpClient();

    [OneTimeTearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task List_sends_page_size_and_search_and_reads_the_page()
    {
        Server.Given(InteractlyCall("GET", WorkflowsPath)).RespondWith(Answer(200, """
            {"workflows":[{"_id":"0123456789abcdef01234567","workflow_config":{"name":"Intake","description":"d"}}],"total":7,"page":2,"size":1,"pages":7}
            """));

        var page = await CreateApi().ListWorkflowsAsync(new ListWorkflowsRequest { Page = 2, Size = 1, Search = "in take" });

        Assert.That(OnlyRequest.RawQuery, Is.EqualTo("?page=2&size=1&search=in%20take"));
        Assert.That(page.Workflows.Single().Id, Is.EqualTo(WorkflowId));
        Assert.That(page.Workflows.Single().DisplayName, Is.EqualTo("Intake"));
        Assert.That((page.Total, page.Page, page.Size, page.Pages), Is.EqualTo((7, 2, 1, 7)));
    }

    [Test]
    public async Task The_facade_walks_pages_until_a_short_page_one_request_per_page()
    {
        Server.Given(InteractlyCall("GET", WorkflowsPath).WithParam("page", new ExactMatcher("1")))
            .RespondWith(Answer(200, "{\"workflows\":[{\"_id\":\"a\"},{\"_id\":\"b\"}]}"));
        Server.Given(InteractlyCall("GET", WorkflowsPath).WithParam("page", new ExactMatcher("2")))
            .RespondWith(Answer(200, "{\"workflows\":[{\"_id\":\"c\"}]}"));
        var client = new InteractlyClient(CreateApi());

        var ids = new List<string?>();
        await foreach (var workflow in client.ListWorkflowsAsync(search: "x", pageSize: 2))
        {
            ids.Add(workflow.Id);
        }

        Assert.That(ids, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(Requests.Select(r => r.RawQuery), Is.EqualTo(new[] { "?page=1&size=2&search=x", "?page=2&size=2&search=x" }));
    }

    [Test]
    public async Task The_facade_stops_when_total_is_reached_even_on_a_full_page()
    {
        Server.Given(InteractlyCall("GET", WorkflowsPath)).RespondWith(Answer(200, "{\"workflows\":[{\"_id\":\"a\"},{\"_id\":\"b\"}],\"total\":2}"));
        var client = new InteractlyClient(CreateApi());

        var count = 0;
        await foreach (var _ in client.ListWorkflowsAsync(pageSize: 2))
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(2));
        Assert.That(Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Get_sends_fully_hydrate_in_lowercase_and_reads_the_hydrated_document()
    {
        Server.Given(InteractlyCall("GET", WorkflowPath).WithParam("fully_hydrate", new ExactMatcher("true"))).RespondWith(Answer(200, WorkflowAnswer));

        var response = await CreateApi().GetWorkflowAsync(WorkflowId, fullyHydrate: true);

        Assert.That(OnlyRequest.RawQuery, Is.EqualTo("?fully_hydrate=true"));
        var workflow = response.Workflow!;
        Assert.That(workflow.DisplayName, Is.EqualTo("Intake"));
        Assert.That(workflow.ActiveVersionNumber, Is.EqualTo(2));
        Assert.That(workflow.MaxConcurrentRuns, Is.EqualTo(3));
        Assert.That(workflow.WorkflowConfig!.Value.GetProperty("node_configs").GetArrayLength(), Is.EqualTo(1));
        Assert.That(workflow.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(workflow.AdditionalProperties, Does.ContainKey("future_field"));
        Assert.That(response.ExecutionUrl, Is.EqualTo("/v1/workflows/" + WorkflowId + "/execute"));
        Assert.That(response.Warnings, Is.EqualTo(new[] { "unused variable x" }));
    }

    private static IEnumerable<TestCaseData> WriteCalls()
    {
        var config = JsonDocument.Parse("{\"node_configs\":[]}").RootElement;
        yield return Case("POST", WorkflowsPath, "{\"name\":\"Intake\",\"description\":\"d\",\"config\":{\"node_configs\":[]}}",
            api => api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Intake", Description = "d", Config = config }), "create");
        yield return Case("PATCH", WorkflowPath, "{\"name\":\"Renamed\"}",
            api => api.UpdateWorkflowAsync(WorkflowId, new UpdateWorkflowRequest { Name = "Renamed" }), "update sends only the fields set");
        yield return Case("POST", WorkflowPath + "/clone", "{\"name\":\"Copy\",\"clone_all_versions\":false,\"version_numbers_to_clone\":[1,2],\"fallback_active_version\":1}",
            api => api.CloneWorkflowAsync(WorkflowId, new CloneWorkflowRequest { Name = "Copy", CloneAllVersions = false, VersionNumbersToClone = new List<int> { 1, 2 }, FallbackActiveVersion = 1 }), "clone");
        yield return Case("POST", WorkflowsPath + "/import/bundle", "{\"bundle\":{\"format\":\"b\",\"versions\":[{\"version_number\":0}]},\"versions_to_import\":[0],\"active_version_number\":0,\"workflow_name\":\"Imported\"}",
            api => api.ImportWorkflowBundleAsync(new ImportWorkflowBundleRequest
            {
                Bundle = new WorkflowBundle
                {
                    AdditionalProperties = new Dictionary<string, JsonElement>
                    {
                        ["format"] = JsonDocument.Parse("\"b\"").RootElement,
                        ["versions"] = JsonDocument.Parse("[{\"version_number\":0}]").RootElement,
                    },
                },
                VersionsToImport = new List<int> { 0 },
                ActiveVersionNumber = 0,
                WorkflowName = "Imported",
            }), "import a bundle passes it through unchanged");
        yield return Case("PATCH", WorkflowPath + "/concurrency", "{\"max_concurrent_runs\":4}",
            api => api.SetMaxConcurrentRunsAsync(WorkflowId, new WorkflowConcurrency { MaxConcurrentRuns = 4 }), "set max concurrent runs");
    }

    [TestCaseSource(nameof(WriteCalls))]
    public async Task Writes_send_their_method_path_and_exact_body(string method, string path, string body, Func<IInteractlyApi, Task> call)
    {
        Server.Given(InteractlyCall(method, path)).RespondWith(Answer(200, WorkflowAnswer));

        await call(CreateApi());

        var request = OnlyRequest;
        Assert.That(request.Method, Is.EqualTo(method));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(body)), Is.True, request.Body);
    }

    [Test]
    public async Task Delete_sends_a_delete()
    {
        Server.Given(InteractlyCall("DELETE", WorkflowPath)).RespondWith(Answer(204, ""));

        await CreateApi().DeleteWorkflowAsync(WorkflowId);

        Assert.That(OnlyRequest.Method, Is.EqualTo("DELETE"));
    }

    [Test]
    public async Task Export_repeats_version_numbers_and_keeps_the_whole_bundle()
    {
        Server.Given(InteractlyCall("GET", WorkflowPath + "/export"))
            .RespondWith(Answer(200, "{\"bundle_version\":1,\"workflow\":{\"name\":\"Intake\"},\"versions\":[{\"version_number\":1},{\"version_number\":2}]}"));

        var bundle = await CreateApi().ExportWorkflowAsync(WorkflowId, new ExportWorkflowRequest { VersionNumbers = new List<int> { 1, 2 }, ActiveVersionNumber = 2 });

        Assert.That(OnlyRequest.RawQuery, Is.EqualTo("?version_numbers=1&version_numbers=2&active_version_number=2"));
        Assert.That(bundle.AdditionalProperties!.Keys, Is.EquivalentTo(new[] { "bundle_version", "workflow", "versions" }));
    }

    [Test]
    public async Task Concurrency_reads_the_confirmation()
    {
        Server.Given(InteractlyCall("PATCH", WorkflowPath + "/concurrency"))
            .RespondWith(Answer(200, "{\"workflow_id\":\"" + WorkflowId + "\",\"max_concurrent_runs\":4,\"message\":\"ok\"}"));

        var answer = await CreateApi().SetMaxConcurrentRunsAsync(WorkflowId, new WorkflowConcurrency { MaxConcurrentRuns = 4 });

        Assert.That((answer.WorkflowId, answer.MaxConcurrentRuns, answer.Message), Is.EqualTo((WorkflowId, (int?)4, "ok")));
    }

    [TestCase("{\"dynamic_variables\":[{\"name\":\"a\"},{\"name\":\"b\"}]}")]
    [TestCase("{\"dynamic_variables\":[\"a\",\"b\",\"a\"]}")]
    [TestCase("{\"variables\":{\"a\":{},\"b\":{}}}")]
    public async Task Dynamic_variable_names_are_read_from_every_known_shape(string answer)
    {
        Server.Given(InteractlyCall("GET", WorkflowsPath + "/dynamic-variables/" + WorkflowId)).RespondWith(Answer(200, answer));

        var variables = await CreateApi().GetDynamicVariablesAsync(WorkflowId);

        Assert.That(variables.GetNames(), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void StartSession_with_the_check_fails_before_the_first_turn_naming_the_missing_variables()
    {
        Server.Given(InteractlyCall("GET", WorkflowsPath + "/dynamic-variables/" + WorkflowId))
            .RespondWith(Answer(200, "{\"dynamic_variables\":[{\"name\":\"customer\"},{\"name\":\"clinic\"}]}"));
        var client = new InteractlyClient(CreateApi());
        var options = new StartSessionOptions { CheckDynamicVariables = true, DynamicVariables = new Dictionary<string, object?> { ["clinic"] = "North" } };

        var error = Assert.ThrowsAsync<ArgumentException>(() => client.StartSessionAsync(WorkflowId, options))!;

        Assert.That(error.ParamName, Is.EqualTo("dynamic_variables"));
        Assert.That(error.Message, Does.Contain("'customer'").And.Not.Contain("'clinic'"));
        Assert.That(Requests, Has.Count.EqualTo(1), "only the variables were read; no turn was sent");
    }

    [Test]
    public void Bad_arguments_fail_before_any_request_naming_the_field()
    {
        var api = CreateApi();
        var client = new InteractlyClient(api);

        Assert.Multiple(() =>
        {
            Assert.That(() => api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = " " }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("name"));
            Assert.That(() => api.UpdateWorkflowAsync(WorkflowId, new UpdateWorkflowRequest { Name = "" }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("name"));
            Assert.That(() => api.SetMaxConcurrentRunsAsync(WorkflowId, new WorkflowConcurrency { MaxConcurrentRuns = 0 }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("max_concurrent_runs"));
            Assert.That(() => api.CloneWorkflowAsync(WorkflowId, new CloneWorkflowRequest { CloneAllVersions = false }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("version_numbers_to_clone"));
            Assert.That(() => api.ImportWorkflowBundleAsync(new ImportWorkflowBundleRequest()), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("bundle"));
            Assert.That(() => api.ExportWorkflowAsync(WorkflowId, new ExportWorkflowRequest { VersionNumbers = new List<int> { 1 }, ActiveVersionNumber = 2 }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("active_version_number"));
            Assert.That(() => api.ExportWorkflowAsync(WorkflowId, new ExportWorkflowRequest()), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("version_numbers"));
            Assert.That(() => api.ListWorkflowsAsync(new ListWorkflowsRequest { Page = 0 }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("page"));
            Assert.That(() => api.GetWorkflowAsync("NOT-AN-ID"), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("workflowId"));
            Assert.That(async () => { await foreach (var _ in client.ListWorkflowsAsync(pageSize: 0)) { } }, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("pageSize"));
        });
        Assert.That(Requests, Is.Empty);
    }

    private static TestCaseData Case(string method, string path, string body, Func<IInteractlyApi, Task> call, string name) =>
        new TestCaseData(method, path, body, call).SetArgDisplayNames(name);

    private static IRequestBuilder InteractlyCall(string method, string path) =>
        Exactly(method, path)
            .WithHeader("Authorization", new ExactMatcher("Bearer " + ApiKey))
            .WithHeader("X-Interactly-API-Version", new ExactMatcher(InteractlyOptions.DefaultApiVersion));

    private IInteractlyApi CreateApi() =>
        TestApis.Interactly(_http, new InteractlyOptions { ApiKey = ApiKey, BaseUrl = InteractlyBaseUrl });
}
