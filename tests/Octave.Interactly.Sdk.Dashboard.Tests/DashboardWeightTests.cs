using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Dashboard.Tests.Support;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Dashboard.Tests;

/// <summary>
/// What the page costs: bytes on a first load and the time to render a long journal. The figures are written to
/// <c>TestResults/dashboard/measurements.txt</c> for the record; the assertions are about behaviour only (no CDN, every
/// entry rendered, filtering right), never about wall-clock time.
/// </summary>
public sealed class DashboardWeightTests
{
    [Test]
    public async Task A_first_load_fetches_only_from_the_emulator_and_its_weight_is_recorded()
    {
        await using var emulator = await WorkflowEmulator.StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        var page = await DashboardPage.OpenAsync(browser, emulator.BaseUrl);
        await page.WaitUntilAsync("document.querySelectorAll('#catalog-list article').length > 0", "the catalogue");

        string json = await page.EvaluateAsync<string>("""
            JSON.stringify([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
              .map(e => ({ name: e.name, transfer: e.transferSize, body: e.encodedBodySize })))
            """);
        var entries = JsonSerializer.Deserialize<Loaded[]>(json, JsonSerializerOptions.Web)!;
        var origin = emulator.BaseUrl.GetLeftPart(UriPartial.Authority);
        var assets = entries.Where(e => !e.Name.Contains("/_emulator/state", StringComparison.Ordinal)
            && !e.Name.Contains("/_emulator/faults", StringComparison.Ordinal)
            && !e.Name.Contains("/_emulator/catalog", StringComparison.Ordinal)).ToArray();

        Assert.That(entries.Select(e => e.Name), Has.All.StartWith(origin), "nothing from a CDN or any other host");
        Assert.That(assets.Select(e => new Uri(e.Name).AbsolutePath), Is.EquivalentTo(new[] { "/_emulator/", "/_emulator/dashboard.css", "/_emulator/dashboard.js" }));
        Record(
            "First load of /_emulator/ (fresh profile, empty emulator):",
            $"  page assets: {assets.Sum(e => e.Transfer)} bytes transferred ({assets.Sum(e => e.Body)} bytes of body: "
                + string.Join(", ", assets.Select(e => new Uri(e.Name).AbsolutePath + " " + e.Body)) + ")",
            $"  with the first reads of state (journal included), faults and catalogue: {entries.Sum(e => e.Transfer)} bytes in {entries.Length} requests");
    }

    [Test]
    public async Task A_thousand_journal_entries_render_and_filter()
    {
        const int Requests = 1_000;
        const int Faulted = 10;
        await using var emulator = await WorkflowEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v2/api-key/validate", StatusCode = 503, Times = Faulted });
        using var client = new HttpClient { BaseAddress = emulator.BaseUrl };
        client.DefaultRequestHeaders.Add("api_key", "measurement-key");
        for (int i = 0; i < Requests; i += 25)
        {
            await Task.WhenAll(Enumerable.Range(0, 25).Select(async _ => (await client.GetAsync(new Uri("api/v2/api-key/validate", UriKind.Relative))).Dispose()));
        }

        await using var browser = await Chromium.LaunchAsync();
        var page = await DashboardPage.OpenAsync(browser, emulator.BaseUrl);
        await page.WaitUntilAsync($"document.querySelectorAll('#journal-list .entry').length === {Requests}", "every journal entry");
        await page.WaitUntilAsync("performance.getEntriesByName('journal-render-painted').length > 0", "the frame with the entries drawn");
        double script = await page.EvaluateAsync<double>("performance.getEntriesByName('journal-render')[0].duration");
        double painted = await page.EvaluateAsync<double>("performance.getEntriesByName('journal-render-painted')[0].duration");
        double filtering = await page.EvaluateAsync<double>("""
            (() => {
              const input = document.querySelector('#journal-filter input[name=status]');
              const started = performance.now();
              input.value = '503';
              input.dispatchEvent(new Event('input', { bubbles: true }));
              return performance.now() - started;
            })()
            """);
        int shown = await page.EvaluateAsync<int>("[...document.querySelectorAll('#journal-list .entry')].filter(e => !e.hidden).length");
        string count = await page.EvaluateAsync<string>("document.getElementById('journal-count').textContent");

        Assert.That(shown, Is.EqualTo(Faulted), "the status filter keeps the faulted requests only");
        Assert.That(count, Is.EqualTo($"({Faulted} of {Requests})"));
        Record(
            $"{Requests} journal entries, first render in a fresh page:",
            $"  building and inserting the rows: {script:F1} ms; until the first frame with them drawn: {painted:F1} ms",
            $"  filtering them by status: {filtering:F1} ms");
    }

    private static void Record(params string[] lines)
    {
        foreach (string line in lines)
        {
            TestContext.Out.WriteLine(line);
        }

        File.AppendAllLines(Path.Combine(TestResultsFolder.Path, "measurements.txt"), lines.Prepend(DateTimeOffset.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed record Loaded(string Name, long Transfer, long Body);
}
