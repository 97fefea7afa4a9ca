using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>
/// A status or option the server adds tomorrow must not break today's clients: unknown values are read, kept
/// and written back unchanged. (Random values are tried by <c>StringValueStructProperties</c>.)
/// </summary>
public sealed class EnumLikeTypeTests
{
    private const string Unheard = "value-added-by-the-server-next-year";

    private static IEnumerable<TestCaseData> StringValueStructTypes() =>
        StringValueStructs.Types().Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [TestCaseSource(nameof(StringValueStructTypes))]
    public void A_string_valued_struct_keeps_an_unknown_value(Type type)
    {
        var value = StringValueStructs.Read(type, "\"" + Unheard + "\"");

        Assert.Multiple(() =>
        {
            Assert.That(StringValueStructs.ValueOf(value), Is.EqualTo(Unheard));
            Assert.That(StringValueStructs.Write(type, value), Is.EqualTo("\"" + Unheard + "\""));
            Assert.That(StringValueStructs.IsKnown(value), Is.Null.Or.False, "IsKnown must be false for a value the SDK does not name");
        });
    }

    [TestCaseSource(nameof(StringValueStructTypes))]
    public void A_string_valued_struct_reads_its_known_values_as_known(Type type)
    {
        var known = StringValueStructs.KnownValues(type);
        Assume.That(known, Is.Not.Empty);

        foreach (var wire in known)
        {
            var value = StringValueStructs.Read(type, JsonSerializer.Serialize(wire));
            Assert.That(StringValueStructs.IsKnown(value), Is.Null.Or.True, $"{type.Name} '{wire}'");
        }
    }

    [Test]
    public void Discovery_finds_the_string_valued_structs()
    {
        Assert.That(StringValueStructs.Types(), Does.Contain(typeof(OctaveJobStatus)).And.Contain(typeof(OctaveCallbackStatus)));
    }

    [Test]
    public void Every_enum_on_the_wire_has_an_Unknown_member_and_reads_unknown_strings_as_it()
    {
        var violations = new List<string>();
        foreach (var model in WireModels.Types().Where(type => !type.IsAbstract && WireModels.TypeInfo(type) is not null))
        {
            foreach (var property in WireModels.WireProperties(model))
            {
                var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (!enumType.IsEnum)
                {
                    continue;
                }

                if (!Enum.GetNames(enumType).Contains("Unknown"))
                {
                    violations.Add($"{model.Name}.{property.Name}: enum {enumType.Name} has no Unknown member to read new values into");
                    continue;
                }

                var json = "{\"" + WireModels.WireName(property) + "\":\"" + Unheard + "\"}";
                try
                {
                    var read = JsonSerializer.Deserialize(json, WireModels.TypeInfo(model)!);
                    var actual = property.GetValue(read);
                    if (!Equals(actual, Enum.Parse(enumType, "Unknown")))
                    {
                        violations.Add($"{model.Name}.{property.Name}: an unknown string became {actual}, not Unknown");
                    }
                }
                catch (JsonException exception)
                {
                    violations.Add($"{model.Name}.{property.Name}: an unknown string threw {exception.Message}");
                }
            }
        }

        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }
}
