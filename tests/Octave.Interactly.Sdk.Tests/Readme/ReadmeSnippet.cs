using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Octave.Interactly.Sdk.Tests.Readme;

/// <summary>One <c>```csharp</c> block of a README, exactly as a reader sees it, and where it starts.</summary>
/// <param name="Readme">The README's path from the repository root, e.g. <c>src/Octave.Interactly.Sdk/README.md</c>.</param>
/// <param name="Line">The line of the README on which the code starts.</param>
/// <param name="Code">The block's text, untouched.</param>
public sealed record ReadmeSnippet(string Readme, int Line, string Code)
{
    private static readonly Regex CSharpBlock = new("^```csharp\\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

    /// <summary>Every C# block of the repository README and of each package's own README (the one NuGet shows).</summary>
    public static IReadOnlyList<ReadmeSnippet> All()
    {
        var root = RepositoryRoot();
        var packageReadmes = Directory.GetDirectories(Path.Combine(root, "src"))
            .Select(project => Path.Combine(project, "README.md"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
        var readmes = new[] { Path.Combine(root, "README.md") }.Concat(packageReadmes);
        var snippets = new List<ReadmeSnippet>();
        foreach (var readme in readmes)
        {
            var text = File.ReadAllText(readme).Replace("\r\n", "\n", StringComparison.Ordinal);
            var relative = Path.GetRelativePath(root, readme).Replace('\\', '/');
            foreach (Match block in CSharpBlock.Matches(text))
            {
                var code = block.Groups[1];
                snippets.Add(new ReadmeSnippet(relative, text.Take(code.Index).Count(c => c == '\n') + 1, code.Value));
            }
        }

        return snippets;
    }

    /// <summary>A short name for test output: <c>README.md:123</c>.</summary>
    public override string ToString() => Readme + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
