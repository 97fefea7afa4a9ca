using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Octave.Interactly.Sdk.ConformanceTests.PublicApi;

/// <summary>
/// The public surface of each package is checked in as <c>api/&lt;Assembly&gt;.txt</c>. A change to it fails
/// here until the listing is regenerated, so every surface change shows up in review as a diff of that file.
/// </summary>
public sealed class PublicApiTests
{
    private const string UpdateVariable = "UPDATE_API_BASELINE";

    private static IEnumerable<TestCaseData> Assemblies() =>
        PublicSurface.AssemblyNames.Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(Assemblies))]
    public void PublicApi_matches_the_checked_in_baseline(string assemblyName)
    {
        var actual = PublicApiListing.Generate(PublicSurface.Load(assemblyName));
        var path = Path.Combine(RepositoryRoot.Path, "api", assemblyName + ".txt");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (expected.Replace("\r\n", "\n", StringComparison.Ordinal) != actual)
        {
            Assert.Fail(
                $"The public API of {assemblyName} differs from api/{assemblyName}.txt" + (File.Exists(path) ? string.Empty : " (missing)") + ":\n"
                + LineDiff.Describe(expected, actual)
                + $"\nIf the change is intended, run `{UpdateVariable}=1 dotnet test --filter PublicApi` to accept it and commit the file.");
        }
    }

    [Test]
    public void PublicApi_listing_shows_signatures_with_nullability_defaults_and_wire_names()
    {
        var listing = PublicApiListing.Generate(typeof(IOctaveApi).Assembly);

        Assert.That(listing, Does.Contain(
            "System.Threading.Tasks.Task<Octave.Interactly.Sdk.RunWorkflowResponse> RunWorkflowAsync(Octave.Interactly.Sdk.RunWorkflowRequest request, Octave.Interactly.Sdk.WorkflowRequestOptions? options = default, System.Threading.CancellationToken cancellationToken = default)")
            .And.Contain("[JsonPropertyName(\"jobOId\")] public string? JobOId { get; set; }")
            .And.Contain("public sealed class RunWorkflowResponse : System.Text.Json.Serialization.IJsonOnDeserialized"));
    }

    [Test]
    public void PublicApi_diff_names_added_and_removed_lines()
    {
        var diff = LineDiff.Describe("a\nb\nc\n", "a\nc\nd\n");

        Assert.That(diff, Is.EqualTo("- b\n+ d\n"));
    }
}
