using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PuppeteerSharp;

namespace Octave.Interactly.Sdk.Dashboard.Tests.Support;

/// <summary>
/// The system Chromium (Debian's <c>chromium</c> package), driven headless over the DevTools protocol. Nothing is
/// downloaded: without a browser the tests are skipped on a developer machine and fail in CI (<c>CI=true</c>), where
/// <c>.ci/chromium.sh</c> installs it.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static async Task<IBrowser> LaunchAsync()
    {
        string? executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : Candidates.FirstOrDefault(File.Exists);
        if (executable is null || !File.Exists(executable))
        {
            const string message = "No Chromium found (CHROMIUM_PATH, /usr/bin/chromium): install the chromium package (.ci/chromium.sh).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        string profile = Path.Combine(Path.GetTempPath(), "dashboard-tests-" + Guid.NewGuid().ToString("N"));
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = profile,
            Args =
            [
                // Root in a container has no user namespace for the sandbox; the page is our own, on loopback.
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }
}
