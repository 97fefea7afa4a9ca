using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk;

namespace Consumer.Tests;

/// <summary>
/// Installs the workflow-emulator tool from the package folder under test (the README's install command, into a
/// tool path of its own), starts it, and reaches it with the SDK.
/// </summary>
public sealed class EmulatorToolTests
{
    [Test]
    public async Task The_tool_installs_from_the_package_folder_starts_and_serves_a_run()
    {
        var version = Required("CONSUMER_PACKAGE_VERSION");
        var toolPath = Path.Combine(Required("CONSUMER_WORK"), "tools");
        if (Directory.Exists(toolPath))
        {
            Directory.Delete(toolPath, recursive: true);
        }

        // The package folder is a source of the nuget.config beside the consumer solution, which applies here.
        var (installed, installOutput) = await RunAsync(
            Dotnet(), "tool", "install", "Octave.Interactly.Sdk.Emulator", "--version", version, "--tool-path", toolPath);
        Assert.That(installed, Is.Zero, installOutput);
        TestContext.Out.WriteLine(installOutput.Trim());

        var start = new ProcessStartInfo(Path.Combine(toolPath, "workflow-emulator"), "--port 0 --pending-ms 20 --running-ms 80")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.IsPathRooted(Dotnet()))
        {
            // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default location.
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Dotnet());
        }

        using var tool = Process.Start(start)!;
        try
        {
            var octaveBaseUrl = await ReadBaseUrlAsync(tool).WaitAsync(TimeSpan.FromSeconds(30));

            var services = new ServiceCollection();
            services.AddWorkflowClients("tool", options =>
            {
                options.Octave.ApiKey = ConsumerSetup.ApiKey;
                options.Octave.BaseUrl = octaveBaseUrl;
                options.Polling.InitialInterval = TimeSpan.FromMilliseconds(20);
            });
            await using var provider = services.BuildServiceProvider();
            var octave = provider.GetRequiredService<IWorkflowClientFactory>().GetOctaveClient("tool");
            WorkflowRunResult result = await octave.RunWorkflowAsync("caw_demo_enrich").WaitAsync(TimeSpan.FromSeconds(30));

            Assert.That(result.Succeeded, Is.True, result.Error);
            TestContext.Out.WriteLine($"workflow-emulator at {octaveBaseUrl}: run {result.JobOId} {result.State}");
        }
        finally
        {
            tool.Kill(entireProcessTree: true);
            await tool.WaitForExitAsync();
        }
    }

    private static async Task<Uri> ReadBaseUrlAsync(Process tool)
    {
        while (await tool.StandardOutput.ReadLineAsync() is { } line)
        {
            const string Prefix = "Octave base URL:";
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return new Uri(line.Substring(Prefix.Length).Trim());
            }
        }

        throw new InvalidOperationException("workflow-emulator exited before printing its URLs: " + await tool.StandardError.ReadToEndAsync());
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The dotnet host running this test, so the tool installs with the same SDK.</summary>
    private static string Dotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(variable + " is not set: run the consumer through .ci/consumer.sh.");
}
