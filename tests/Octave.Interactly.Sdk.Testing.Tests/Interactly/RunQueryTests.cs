using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class RunQueryTests
{
    private const string Greeter = InteractlyCatalog.GreeterWorkflowId;
    private const string ChatLoop = InteractlyCatalog.ChatLoopWorkflowId;
    private InteractlyTestServer server = null!;

    [SetUp]
    public async Task StartServer() => server = await InteractlyTestServer.StartAsync();

    [TearDown]
    public async Task StopServer() => await server.DisposeAsync();

    [Test]
    public async Task Lists_newest_first_in_pages_with_a_total()
    {
        string[] runIds = new string[5];
        for (int i = 0; i < runIds.Length; i++)
        {
            runIds[i] = (string)(await server.StartAsync(Greeter))["run_id"]!;
        }

        (HttpStatusCode status, JsonNode firstPage) = await server.GetAsync("v1/workflow-runs?page=1&size=2");
        (_, JsonNode thirdPage) = await server.GetAsync("v1/workflow-runs?page=3&size=2");
        JsonObject item = firstPage["workflow_runs"]![0]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((int)firstPage["total"]!, Is.EqualTo(5));
            Assert.That(Ids(firstPage), Is.EqualTo(new[] { runIds[4], runIds[3] }));
            Assert.That(Ids(thirdPage), Is.EqualTo(new[] { runIds[0] }));
            Assert.That((string?)item["workflow_run"]!["logical_id"], Is.EqualTo(runIds[4]));
            Assert.That((string?)item["workflow_run"]!["workflow_id"], Is.EqualTo(Greeter));
            Assert.That((string?)item["workflow_run"]!["status"], Is.EqualTo("waiting_for_user_input"));
            Assert.That(item.ContainsKey("created_at") && item.ContainsKey("updated_at") && item.ContainsKey("team_id"), Is.True);
        });
    }

    [Test]
    public async Task Filters_by_workflow_status_and_search()
    {
        string greeterRun = (string)(await server.StartAsync(Greeter))["run_id"]!;
        string chatRun = (string)(await server.StartAsync(ChatLoop))["run_id"]!;
        await server.ExecuteAsync(ChatLoop, InteractlyTestServer.TurnBody(chatRun, "stop", null));

        (_, JsonNode byWorkflow) = await server.GetAsync($"v1/workflow-runs?workflow_id={Greeter}");
        (_, JsonNode byStatus) = await server.GetAsync("v1/workflow-runs?status=cancelled");
        (_, JsonNode bySearch) = await server.GetAsync("v1/workflow-runs?search=chat%20LOOP");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(byWorkflow), Is.EqualTo(new[] { greeterRun }));
            Assert.That(Ids(byStatus), Is.EqualTo(new[] { chatRun }));
            Assert.That(Ids(bySearch), Is.EqualTo(new[] { chatRun }));
            Assert.That((int)bySearch["total"]!, Is.EqualTo(1));
        });
    }

    [TestCase(InteractlyRunListKey.Items, "items")]
    [TestCase(InteractlyRunListKey.Data, "data")]
    public async Task Can_list_flat_runs_under_items_or_data_with_paging(InteractlyRunListKey listKey, string key)
    {
        server.Engine.Catalog.RunShape = InteractlyRunShape.Flat;
        server.Engine.Catalog.RunListKey = listKey;
        string[] runIds = new string[3];
        for (int i = 0; i < runIds.Length; i++)
        {
            runIds[i] = (string)(await server.StartAsync(Greeter))["run_id"]!;
        }

        (_, JsonNode page) = await server.GetAsync("v1/workflow-runs?page=1&size=2");
        JsonObject item = page[key]![0]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(page.AsObject().ContainsKey("workflow_runs"), Is.False);
            Assert.That(((int)page["total"]!, (int)page["page"]!, (int)page["size"]!, (int)page["pages"]!), Is.EqualTo((3, 1, 2, 2)));
            Assert.That((string?)item["id"], Is.EqualTo(runIds[2]));
            Assert.That((string?)item["workflow_id"], Is.EqualTo(Greeter));
            Assert.That((string?)item["status"], Is.EqualTo("waiting_for_user_input"));
            Assert.That(item.ContainsKey("workflow_run") || item.ContainsKey("_id"), Is.False);
        });
    }

    [Test]
    public async Task Get_run_can_answer_with_the_run_flat()
    {
        server.Engine.Catalog.RunShape = InteractlyRunShape.Flat;
        string runId = (string)(await server.StartAsync(Greeter))["run_id"]!;
        await server.SayAsync(Greeter, runId, "Ada");

        (HttpStatusCode status, JsonNode run) = await server.GetAsync($"v1/workflow-runs/{runId}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)run["id"], Is.EqualTo(runId));
            Assert.That((string?)run["workflow_id"], Is.EqualTo(Greeter));
            Assert.That(run["input_output_pairs"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(run.AsObject().ContainsKey("workflow_run"), Is.False);
        });
    }

    [TestCase("page=0")]
    [TestCase("size=0")]
    [TestCase("page=x")]
    public async Task Bad_paging_is_422(string query)
    {
        (HttpStatusCode status, JsonNode body) = await server.GetAsync("v1/workflow-runs?" + query);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo((HttpStatusCode)422));
            Assert.That((string?)body["detail"]![0]!["loc"]![0], Is.EqualTo("query"));
        });
    }

    [Test]
    public async Task Get_run_nests_the_record_twice_and_keeps_every_turn()
    {
        string runId = (string)(await server.StartAsync(Greeter))["run_id"]!;
        await server.SayAsync(Greeter, runId, "Ada");

        (HttpStatusCode status, JsonNode body) = await server.GetAsync($"v1/workflow-runs/{runId}");
        JsonNode outer = body["workflow_run"]!;
        JsonNode inner = outer["workflow_run"]!;
        JsonArray pairs = inner["input_output_pairs"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)outer["_id"], Is.EqualTo(runId));
            Assert.That((string?)inner["logical_id"], Is.EqualTo(runId));
            Assert.That((string?)inner["workflow_id"], Is.EqualTo(Greeter));
            Assert.That((string?)inner["status"], Is.EqualTo("waiting_for_user_input"));
            Assert.That((string?)inner["version_name"], Is.EqualTo("v1"));
            Assert.That((bool)inner["is_evaluation_run"]!, Is.False);
            Assert.That(pairs, Has.Count.EqualTo(2));
            Assert.That((string?)pairs[1]!["run_input"]!["command"], Is.EqualTo("data"));
            Assert.That(pairs[1]!["run_output"]!["events"]!.AsArray().Select(e => (string)e!["type"]!), Does.Contain("user_messages"));
            Assert.That(pairs[1]!["run_output"]!["thread_to_node_outputs"], Is.InstanceOf<JsonObject>());
        });
    }

    [Test]
    public async Task Get_unknown_run_is_404()
    {
        (HttpStatusCode status, JsonNode body) = await server.GetAsync("v1/workflow-runs/bbbbbbbbbbbbbbbbbbbbbbbb");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)body["detail"], Does.Contain("bbbbbbbbbbbbbbbbbbbbbbbb"));
        });
    }

    [Test]
    public async Task Reset_forgets_runs_but_keeps_the_catalogue()
    {
        string runId = (string)(await server.StartAsync(Greeter))["run_id"]!;
        server.Engine.Reset();

        (HttpStatusCode status, _) = await server.GetAsync($"v1/workflow-runs/{runId}");
        (_, JsonNode list) = await server.GetAsync("v1/workflow-runs");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((int)list["total"]!, Is.Zero);
        });
        await server.StartAsync(Greeter);
    }

    private static string[] Ids(JsonNode page) =>
        page["workflow_runs"]!.AsArray().Select(r => (string)r!["_id"]!).ToArray();
}
