using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Octave.Interactly.Sdk.Tests.Readme;

/// <summary>Each C# block in README.md must appear, line for line, in ReadmeExamples.cs, which the build compiles.</summary>
public sealed class ReadmeCodeBlocksTests
{
    public static IEnumerable<TestCaseData> CodeBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var index = 0;
        foreach (Match block in Regex.Matches(readme, "```csharp\\n(.*?)```", RegexOptions.Singleline))
        {
            index++;
            yield return new TestCaseData(block.Groups[1].Value).SetName($"README C# block {index} compiles");
        }
    }

    [Test]
    public void The_readme_has_csharp_blocks() => Assert.That(CodeBlocks().Count(), Is.GreaterThanOrEqualTo(10));

    [TestCaseSource(nameof(CodeBlocks))]
    public void Block_appears_in_the_compiled_examples(string block)
    {
        var examples = Normalize(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Octave.Interactly.Sdk.Tests", "Readme", "ReadmeExamples.cs")));

        Assert.That(examples, Does.Contain(Normalize(block)), "Copy the README block into ReadmeExamples.cs (or fix the README) so it is compiled.");
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Octave.Interactly.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Octave.Interactly.Sdk.sln) was not found.");
    }
}
