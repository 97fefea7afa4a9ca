using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Octave.Interactly.Sdk.Tests.Readme;

/// <summary>
/// Compiles a README snippet's own text, as a user's project would: no usings added (the snippet must bring its
/// own), nullable enabled, latest language version. A snippet with top-level statements is a program; otherwise a
/// library. It sees the SDK packages, ASP.NET Core and NUnit: the assemblies this test process runs with.
/// </summary>
internal static class SnippetCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    public static CSharpCompilation Compile(ReadmeSnippet snippet)
    {
        var tree = CSharpSyntaxTree.ParseText(snippet.Code, new CSharpParseOptions(LanguageVersion.Latest), path: snippet.Readme);
        var isProgram = tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(
            isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);
        return CSharpCompilation.Create("ReadmeSnippet_" + snippet.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), [tree], References.Value, options);
    }

    /// <summary>Errors and warnings, each placed at its line in the README.</summary>
    public static IReadOnlyList<string> Problems(ReadmeSnippet snippet, CSharpCompilation compilation) =>
        compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Select(diagnostic =>
            {
                var line = snippet.Line + diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                return $"{snippet.Readme}:{line}: {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .ToList();
}
