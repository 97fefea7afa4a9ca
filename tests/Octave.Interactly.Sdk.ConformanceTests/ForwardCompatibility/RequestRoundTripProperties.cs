using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck.Fluent;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// Every request model survives JSON unchanged: serialize, read back, serialize again, same text. A field that
/// is dropped, renamed one way only, or rewritten on the way back fails here before it reaches a server.
/// </summary>
public sealed class RequestRoundTripProperties
{
    /// <summary>Concrete wire models named *Request that a context can write: found by reflection, so new ones are covered.</summary>
    private static IEnumerable<TestCaseData> RequestTypes() =>
        WireModels.Types()
            .Where(type => !type.IsAbstract && type.Name.EndsWith("Request", StringComparison.Ordinal) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Where(type => WireModels.TypeInfo(type) is not null)
            .Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [TestCaseSource(nameof(RequestTypes))]
    public void A_request_model_round_trips_through_json_unchanged(Type type)
    {
        var typeInfo = WireModels.TypeInfo(type)!;

        PropertyCheck.ForAll(RandomModels.Of(type).Select(model => new Serialized(JsonSerializer.Serialize(model, typeInfo))), first =>
        {
            var readBack = JsonSerializer.Deserialize(first.Json, typeInfo);
            var second = JsonSerializer.Serialize(readBack, typeInfo);

            Assert.That(second, Is.EqualTo(first.Json));
        });
    }

    [Test]
    public void Discovery_finds_the_request_models()
    {
        var names = RequestTypes().Select(data => ((Type)data.Arguments[0]!).Name).ToList();

        Assert.That(names, Does.Contain(nameof(RunWorkflowRequest)).And.Contain(nameof(GenerateEmailsRequest)).And.Contain(nameof(ExecuteWorkflowRequest)));
    }

    /// <summary>The first serialization: FsCheck prints a counterexample as this JSON.</summary>
    private sealed record Serialized(string Json)
    {
        public override string ToString() => Json;
    }
}
