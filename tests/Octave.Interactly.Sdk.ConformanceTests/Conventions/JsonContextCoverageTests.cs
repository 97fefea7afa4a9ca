using System.Linq;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>
/// Every wire model is in a source-generated JsonSerializerContext. A model that is missing works in a normal
/// app (reflection fallback) and fails only in a trimmed or native AOT app, where nobody runs the unit tests.
/// </summary>
public sealed class JsonContextCoverageTests
{
    [Test]
    public void Every_concrete_wire_model_is_resolvable_through_an_sdk_json_context()
    {
        // Abstract bases are never serialized as themselves: each concrete request type is.
        var missing = WireModels.Types()
            .Where(type => !type.IsAbstract && !type.IsGenericTypeDefinition)
            .Where(type => WireModels.TypeInfo(type) is null)
            .Select(type => type.FullName)
            .ToList();

        Assert.That(missing, Is.Empty, "Wire models missing from every JsonSerializerContext (add [JsonSerializable(typeof(...))]):\n  " + string.Join("\n  ", missing));
    }

    [Test]
    public void Discovery_finds_the_contexts_and_the_models()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WireModels.Contexts.Select(context => context.GetType().Name), Does.Contain("OctaveJsonContext"));
            Assert.That(WireModels.Types(), Does.Contain(typeof(RunWorkflowRequest)).And.Contain(typeof(WorkflowRunStatus)));
        });
    }
}
