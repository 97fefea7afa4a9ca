using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// Any non-empty string (unicode, escapes, JSON look-alikes) survives a string-valued struct unchanged, in both
/// directions. The empty string is left out: the Interactly structs read it as "not set" on purpose.
/// </summary>
public sealed class StringValueStructProperties
{
    private static IEnumerable<TestCaseData> Types() =>
        StringValueStructs.Types().Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [TestCaseSource(nameof(Types))]
    public void Any_string_is_read_kept_and_written_back(Type type)
    {
        PropertyCheck.ForAll(JsonGenerators.NonEmptyText, text =>
        {
            var json = JsonSerializer.Serialize(text);

            var value = StringValueStructs.Read(type, json);

            Assert.Multiple(() =>
            {
                Assert.That(StringValueStructs.ValueOf(value), Is.EqualTo(text));
                Assert.That(StringValueStructs.Write(type, value), Is.EqualTo(json));
            });
        });
    }
}
