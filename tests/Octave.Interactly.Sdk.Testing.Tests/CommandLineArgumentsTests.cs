using System;
using Octave.Interactly.Sdk.Emulator;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class CommandLineArgumentsTests
{
    [Test]
    public void Parses_every_option()
    {
        var parsed = CommandLineArguments.Parse(["--port", "5080", "--seed", "7", "--scenarios", "s.json", "--api-key", "a", "--api-key", "b", "--pending-ms", "5", "--running-ms", "6"]);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.ShowHelp, Is.False);
            Assert.That(parsed.Options.Port, Is.EqualTo(5080));
            Assert.That(parsed.Options.Seed, Is.EqualTo(7));
            Assert.That(parsed.Options.ScenarioFile, Is.EqualTo("s.json"));
            Assert.That(parsed.Options.ApiKeys, Is.EquivalentTo(new[] { "a", "b" }));
            Assert.That(parsed.Options.JobPendingMilliseconds, Is.EqualTo(5));
            Assert.That(parsed.Options.JobRunningMilliseconds, Is.EqualTo(6));
        });
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public void Recognises_help(string flag)
    {
        Assert.That(CommandLineArguments.Parse([flag]).ShowHelp, Is.True);
    }

    [TestCase(new[] { "--port" }, "--port")]
    [TestCase(new[] { "--port", "70000" }, "--port")]
    [TestCase(new[] { "--bogus", "1" }, "--bogus")]
    public void Rejects_bad_arguments_naming_them(string[] args, string named)
    {
        Assert.That(() => CommandLineArguments.Parse(args), Throws.InstanceOf<FormatException>().With.Message.Contains(named));
    }
}
