using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>The <c>&lt;assembly&gt;.xml</c> the compiler wrote beside a published assembly, read as a set of member IDs.</summary>
internal static class XmlDocumentationFile
{
    public static IReadOnlySet<string> DocumentedIds(Assembly assembly)
    {
        var path = Locate(assembly);
        return XDocument.Load(path)
            .Descendants("member")
            .Select(member => (string?)member.Attribute("name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Locate(Assembly assembly)
    {
        var beside = Path.ChangeExtension(assembly.Location, ".xml");
        if (File.Exists(beside))
        {
            return beside;
        }

        throw new FileNotFoundException(
            $"No documentation file beside {assembly.Location}. The src projects set GenerateDocumentationFile; a project reference copies the .xml with the .dll.",
            beside);
    }
}
