using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.SamplesTests;

/// <summary>The promise of the README: on a fresh clone, with nothing configured, the Quickstart runs and shows all three steps.</summary>
public sealed class QuickstartTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private static readonly string[] ConfigurationVariables =
    [
        "OCTAVE_API_KEY", "OCTAVE_BASE_URL", "OCTAVE_WORKFLOW_OID", "OCTAVE_AGENT_OID", "OCTAVE_CALLBACK_URL", "OCTAVE_CALLBACK_PORT",
        "INTERACTLY_API_KEY", "INTERACTLY_BASE_URL", "INTERACTLY_WORKFLOW_ID",
    ];

    [Test]
    public async Task With_no_configuration_it_runs_on_the_emulator_and_prints_the_output_the_result_and_the_transcript()
    {
        var (exitCode, stdout, stderr) = await RunQuickstartAsync();

        Assert.That(exitCode, Is.Zero, $"stderr: {stderr}\nstdout: {stdout}");
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.Contain("Workflow output:"));
            Assert.That(stdout, Does.Contain("\"summary\": \"Ada "), "the workflow's output, delivered by callback");
            Assert.That(stdout, Does.Contain("Agent result:"));
            Assert.That(stdout, Does.Contain("\"personas\""), "the enrich-company agent's result");
            Assert.That(stdout, Does.Contain("assistant> Hello! I'm the demo assistant. What's your name?"));
            Assert.That(stdout, Does.Contain("you> Ada"));
            Assert.That(stdout, Does.Contain("assistant> Nice to meet you, Ada! Ask me anything."));
            Assert.That(stdout, Does.Contain("The answer is 42."));
            Assert.That(stderr, Is.Empty);
        });
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunQuickstartAsync()
    {
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "Quickstart.dll");
        Assert.That(File.Exists(dll), Is.True, $"the Quickstart sample was not built next to the tests: {dll}");

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var variable in ConfigurationVariables)
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(Bound);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the Quickstart did not finish within {Bound.TotalSeconds} s. stdout so far: {await stdout}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
