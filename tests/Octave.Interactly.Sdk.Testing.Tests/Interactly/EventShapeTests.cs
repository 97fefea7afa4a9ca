using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class EventShapeTests : InteractlyServerFixture
{
    [Test]
    public async Task Every_event_carries_the_common_fields()
    {
        JsonNode first = await Server.StartAsync(InteractlyCatalog.GreeterWorkflowId);
        JsonNode second = await Server.SayAsync(InteractlyCatalog.GreeterWorkflowId, (string)first["run_id"]!, "Ada");

        foreach (JsonObject emitted in first.Events().Concat(second.Events()))
        {
            string type = (string)emitted["type"]!;
            Assert.Multiple(() =>
            {
                Assert.That((string?)emitted["logical_id"], Does.Match("^event_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), type);
                Assert.That(emitted["timestamp"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number), type);
                Assert.That((double)emitted["timestamp"]!, Is.GreaterThan(1_600_000_000d), type);
                Assert.That((string?)emitted["origin_thread_id"], Is.EqualTo("0"), type);
                Assert.That((string?)emitted["thread_reference_id"], Is.EqualTo("0"), type);
                Assert.That(emitted["comments"]!.AsArray(), Is.Empty, type);
                Assert.That((bool)emitted["interrupted"]!, Is.False, type);
            });
        }

        string[] ids = first.Events().Concat(second.Events()).Select(e => (string)e["logical_id"]!).ToArray();
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public async Task Node_events_name_their_node_and_bracket_its_run()
    {
        JsonNode first = await Server.StartAsync(InteractlyCatalog.GreeterWorkflowId);
        JsonObject said = first.Single("assistant_response");
        JsonObject[] greetNode = first.Events().Where(e => (string?)e["origin_node_logical_id"] == "greet").ToArray();
        JsonObject iteration = first.Single("end_workflow_iteration");

        Assert.Multiple(() =>
        {
            Assert.That((string?)said["origin_node_name"], Is.EqualTo("greet"));
            Assert.That(greetNode.Select(e => (string)e["type"]!), Is.EqualTo(new[] { "start_node_run", "assistant_response", "end_node_run" }));
            Assert.That(greetNode.Select(e => (string)e["origin_node_run_id"]!).Distinct().Count(), Is.EqualTo(1));
            Assert.That((string?)greetNode[2]["run_output"]!["type"], Is.EqualTo("say_static"));
            Assert.That((int)iteration["iteration_number"]!, Is.EqualTo(1));
            Assert.That((int)iteration["iteration_metrics"]!["nodes_executed_count"]!, Is.EqualTo(3));
        });
    }
}
