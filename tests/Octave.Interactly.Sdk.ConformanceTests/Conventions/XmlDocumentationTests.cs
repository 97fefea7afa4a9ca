using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>
/// Every public type and member has a doc comment (an <c>&lt;inheritdoc/&gt;</c> counts): IntelliSense is
/// most users' only documentation. CS1591 catches most gaps at build time; this also catches code where the
/// warning was suppressed or generated without docs.
/// </summary>
public sealed class XmlDocumentationTests
{
    private static IEnumerable<TestCaseData> Assemblies() =>
        PublicSurface.AssemblyNames.Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(Assemblies))]
    public void Every_public_type_and_member_has_a_doc_comment(string assemblyName)
    {
        var assembly = PublicSurface.Load(assemblyName);
        var documented = XmlDocumentationFile.DocumentedIds(assembly);

        var missing = PublicSurface.Types(assembly)
            .SelectMany(type => PublicSurface.VisibleMembers(type).Prepend(type))
            .Where(member => !IsGeneratedByTheJsonSourceGenerator(member) && !IsImplicitDefaultConstructor(member))
            .Select(DocumentationId.For)
            .Where(id => !documented.Contains(id))
            .Distinct()
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToList();

        Assert.That(missing, Is.Empty, $"Public API of {assemblyName} without an XML doc comment:\n  " + string.Join("\n  ", missing));
    }

    [Test]
    public void Documentation_ids_match_what_the_compiler_writes()
    {
        // Guards the guard: a wrong ID scheme would report everything missing, or (with a bug in the set) nothing.
        var documented = XmlDocumentationFile.DocumentedIds(typeof(IOctaveApi).Assembly);
        var samples = new MemberInfo[]
        {
            typeof(IOctaveApi),
            typeof(IOctaveApi).GetMethod(nameof(IOctaveApi.RunWorkflowAsync))!,
            typeof(OctaveJobStatus).GetMethods().First(method => method.Name == "op_Implicit"),
            typeof(StringValueJsonConverterProbe).BaseType!.GetGenericTypeDefinition(),
        };

        Assert.That(samples.Select(DocumentationId.For), Is.SubsetOf(documented));
    }

    // The compiler emits a parameterless constructor for a class that declares none, and no doc entry for it.
    // Reflection cannot tell it from a declared one, but a declared one without docs already fails the build (CS1591).
    private static bool IsImplicitDefaultConstructor(MemberInfo member) =>
        member is ConstructorInfo { IsStatic: false } constructor && constructor.GetParameters().Length == 0;

    // Members the System.Text.Json source generator emits into a user's context class. Their docs are the generator's to write.
    private static bool IsGeneratedByTheJsonSourceGenerator(MemberInfo member) =>
        member.DeclaringType is { } type
        && type.IsSubclassOf(typeof(System.Text.Json.Serialization.JsonSerializerContext))
        && member.GetCustomAttributes().Any(attribute => attribute.GetType().Name == "GeneratedCodeAttribute");

    private sealed class StringValueJsonConverterProbe : Serialization.StringValueJsonConverter<OctaveJobStatus>
    {
        public StringValueJsonConverterProbe()
            : base(value => new OctaveJobStatus(value), value => value.Value)
        {
        }
    }
}
