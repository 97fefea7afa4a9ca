using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Emulator;

/// <summary>
/// The emulator CLI in a process of its own, so the figures of the process under test count only the client:
/// its allocations, its CPU time, its working set.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private const string BannerPrefix = "Octave base URL:";

    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Base URL for an Interactly client.</summary>
    public Uri InteractlyBaseUrl => new(BaseUrl, "workflows/");

    /// <summary>CPU time the emulator has used so far.</summary>
    public TimeSpan TotalProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the emulator on a free loopback port and waits until it prints where it listens.</summary>
    public static async Task<EmulatorProcess> StartAsync(int pendingMilliseconds, int runningMilliseconds, string? scenarioFile = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EmulatorLocator.FindDll());
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        start.ArgumentList.Add("--pending-ms");
        start.ArgumentList.Add(pendingMilliseconds.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--running-ms");
        start.ArgumentList.Add(runningMilliseconds.ToString(CultureInfo.InvariantCulture));
        if (scenarioFile is not null)
        {
            start.ArgumentList.Add("--scenarios");
            start.ArgumentList.Add(scenarioFile);
        }

        // Server GC would size itself to the whole machine; the emulator shares two cores with the load process.
        start.Environment["DOTNET_gcServer"] = "0";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator.");
        var baseUrl = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text && text.StartsWith(BannerPrefix, StringComparison.Ordinal))
            {
                baseUrl.TrySetResult(new Uri(text.Substring(BannerPrefix.Length).Trim()));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                errors.AppendLine(line.Data);
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => baseUrl.TrySetException(new InvalidOperationException("The emulator exited at start-up: " + errors));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using (timeout.Token.Register(() => baseUrl.TrySetException(new TimeoutException("The emulator did not start within 30 s."))))
        {
            try
            {
                return new EmulatorProcess(process, await baseUrl.Task);
            }
            catch
            {
                Stop(process);
                process.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
