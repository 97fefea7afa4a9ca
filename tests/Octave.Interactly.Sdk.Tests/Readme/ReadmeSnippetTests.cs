using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Tests.Readme;

/// <summary>
/// Every C# block of every README compiles exactly as written, usings included, without warnings; blocks that are
/// NUnit tests (the emulator examples) also run and pass.
/// </summary>
public sealed class ReadmeSnippetTests
{
    public static IEnumerable<TestCaseData> Snippets() =>
        ReadmeSnippet.All().Select(snippet => new TestCaseData(snippet).SetName("README snippet " + snippet + " compiles as shown"));

    public static IEnumerable<TestCaseData> TestSnippets() =>
        ReadmeSnippet.All().Where(snippet => snippet.Code.Contains("[Test]", StringComparison.Ordinal))
            .Select(snippet => new TestCaseData(snippet).SetName("README snippet " + snippet + " passes"));

    [Test]
    public void Every_readme_has_csharp_snippets()
    {
        var perReadme = ReadmeSnippet.All().GroupBy(snippet => snippet.Readme).ToDictionary(group => group.Key, group => group.Count());

        Assert.That(perReadme.GetValueOrDefault("README.md"), Is.GreaterThanOrEqualTo(10));
        Assert.That(perReadme.Keys, Is.SupersetOf(new[]
        {
            "src/Octave.Interactly.Sdk/README.md",
            "src/Octave.Interactly.Sdk.AspNetCore/README.md",
            "src/Octave.Interactly.Sdk.Testing/README.md",
        }));
    }

    [TestCaseSource(nameof(Snippets))]
    public void Compiles_as_shown(ReadmeSnippet snippet)
    {
        var problems = SnippetCompiler.Problems(snippet, SnippetCompiler.Compile(snippet));

        Assert.That(problems, Is.Empty, "The snippet must compile as written, with its own using directives.");
    }

    [TestCaseSource(nameof(TestSnippets))]
    public async Task Runs_as_shown(ReadmeSnippet snippet)
    {
        using var image = new MemoryStream();
        var emitted = SnippetCompiler.Compile(snippet).Emit(image);
        Assert.That(emitted.Success, Is.True, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;

        // A context of its own, unloaded afterwards; the SDK, NUnit and ASP.NET Core come from the default context.
        var context = new AssemblyLoadContext("readme-snippet", isCollectible: true);
        try
        {
            var tests = context.LoadFromStream(image).GetTypes()
                .SelectMany(type => type.GetMethods().Where(method => method.GetCustomAttribute<TestAttribute>() is not null))
                .ToList();
            Assert.That(tests, Is.Not.Empty);
            foreach (var test in tests)
            {
                var fixture = Activator.CreateInstance(test.DeclaringType!);
                if (test.Invoke(fixture, null) is Task running)
                {
                    await running;
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
