using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing.Tests;

/// <summary>Runs the <c>workflow-emulator</c> CLI as a real process and stops it with SIGTERM.</summary>
public sealed class CliProcessTests
{
    [Test]
    public async Task The_cli_serves_a_workflow_run_and_exits_cleanly_on_sigterm()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("SIGTERM is sent with kill(1).");
        }

        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "Octave.Interactly.Sdk.Emulator.dll");
        int port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--pending-ms", "20", "--running-ms", "60" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            var urlsLine = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var output = new System.Text.StringBuilder();
            process.OutputDataReceived += (_, e) =>
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }

                if (e.Data?.StartsWith("Octave base URL:", StringComparison.Ordinal) == true)
                {
                    urlsLine.TrySetResult(e.Data);
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            string line = await urlsLine.Task.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.That(line, Does.Contain("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/"));

            using var client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/") };
            client.DefaultRequestHeaders.Add("api_key", "cli-key");
            using var startResponse = await client.PostAsync(new Uri("api/v2/workflows/run", UriKind.Relative), new StringContent("{\"workflowOId\":\"caw_demo_enrich\"}"));
            Assert.That(startResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            string jobOId = (string)JsonNode.Parse(await startResponse.Content.ReadAsStringAsync())!["jobOId"]!;

            var clock = Stopwatch.StartNew();
            JsonNode? data = null;
            while (clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                string status = await client.GetStringAsync(new Uri("api/v2/workflows/run/status?jobOId=" + jobOId, UriKind.Relative));
                data = JsonNode.Parse(status)!["data"];
                if (data!["completedAt"] is not null)
                {
                    break;
                }

                await Task.Delay(10);
            }

            Assert.That(data!["completedAt"], Is.Not.Null);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            bool exited = await Task.Run(() => process.WaitForExit(TimeSpan.FromSeconds(10)));
            Assert.That(exited, Is.True, "the CLI did not stop after SIGTERM");
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.EqualTo(0));
            lock (output)
            {
                Assert.That(output.ToString(), Does.Contain("Stopped."));
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
