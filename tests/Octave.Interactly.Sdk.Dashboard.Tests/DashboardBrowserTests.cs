using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Dashboard.Tests.Support;
using Octave.Interactly.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;
using PuppeteerSharp;

namespace Octave.Interactly.Sdk.Dashboard.Tests;

/// <summary>
/// A developer integrating the SDK watches the emulator's dashboard in a real browser while their service runs a
/// workflow with a callback receiver and holds an Interactly conversation. Everything is asserted from what the page
/// shows, as it updates itself.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string GreeterWorkflowId = "6a11c0de0000000000000001";
    private const string StatusPath = "/api/v2/workflows/run/status";

    /// <summary>A key distinctive enough that finding it anywhere in the page can only be a leak.</summary>
    private static readonly string ApiKey = "sk-live-dashboard-" + Guid.NewGuid().ToString("N");

    [Test]
    public async Task The_page_follows_a_run_its_callback_a_conversation_and_a_fault_live_without_showing_the_key()
    {
        // The emulator's clock moves only when the test says so: each state must reach the page before the next exists.
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 9, 0, 0, TimeSpan.Zero));
        var options = new WorkflowEmulatorOptions { TimeProvider = clock, JobPendingMilliseconds = 1_000, JobRunningMilliseconds = 10_000 };
        options.ApiKeys.Add(ApiKey);
        await using var emulator = await WorkflowEmulator.StartAsync(options);
        await using var browser = await Chromium.LaunchAsync();
        var page = await DashboardPage.OpenAsync(browser, emulator.BaseUrl);
        await RecordRunStatesAsync(page);
        await using var service = await IntegratingService.StartAsync(emulator, ApiKey);

        // A workflow run with a callback receiver, started and awaited through the SDK while the page watches.
        var inputs = new Dictionary<string, JsonElement> { ["email"] = JsonSerializer.SerializeToElement("ada@example.com") };
        var started = await service.Octave.StartWorkflowAsync("caw_demo_enrich", inputs);
        string run = $"[data-run-id=\"{started.Id}\"]";
        await page.WaitUntilAsync($"document.querySelector('{run}').dataset.state === 'pending'", "the new run as pending");
        clock.Advance(TimeSpan.FromSeconds(1));
        await page.WaitUntilAsync($"document.querySelector('{run}').dataset.state === 'running'", "the run as running");
        clock.Advance(TimeSpan.FromSeconds(10));
        var result = await started.WaitForCompletionAsync();
        Assert.That(result.Succeeded, Is.True, result.ToString());

        await page.WaitUntilAsync($"document.querySelector('{run}').dataset.state === 'succeeded'", "the run as succeeded");
        await page.WaitUntilAsync($"document.querySelector('{run} .callback').dataset.delivery === 'Delivered'", "the callback as delivered");
        var seenStates = await page.EvaluateAsync<string[]>($"window.__runStates['{result.JobOId}']");
        var attempts = await page.EvaluateAsync<string[]>($"[...document.querySelectorAll('{run} tr.attempt')].map(tr => tr.dataset.status)");
        await page.ExpandAsync($"{run} details[data-key^='inputs:']");
        string runText = await page.EvaluateAsync<string>($"document.querySelector('{run}').innerText");
        Assert.Multiple(() =>
        {
            Assert.That(seenStates, Is.EqualTo(new[] { "pending", "running", "succeeded" }), "the card moved through every state, forward only");
            Assert.That(attempts, Is.EqualTo(new[] { "200" }), "one delivery attempt, answered 200 by the receiver");
            Assert.That(runText, Does.Contain("ada@example.com"), "the run's inputs");
            Assert.That(runText, Does.Contain("ms"), "the attempt's latency");
        });

        // A three-turn conversation with the greeter.
        await using var session = await service.Interactly.StartSessionAsync(GreeterWorkflowId);
        await session.SendAsync("Ada");
        var lastTurn = await session.SendAsync("What is the answer?");
        Assert.That(lastTurn.IsCompleted, Is.True);
        string conversation = $"[data-session-id=\"{session.RunId}\"]";

        await page.WaitUntilAsync($"document.querySelector('{conversation}').dataset.status === 'completed'", "the conversation as completed");
        var turns = await page.EvaluateAsync<string[]>($"[...document.querySelectorAll('{conversation} li.turn')].map(li => li.innerText)");
        await page.ExpandAsync($"{conversation} li.turn[data-turn='3'] details.events");
        await page.ExpandAsync($"{conversation} li.turn[data-turn='3'] details.events details");
        string rawEvent = await page.EvaluateAsync<string>($"document.querySelector('{conversation} li.turn[data-turn=\"3\"] details.events details pre').textContent");
        Assert.Multiple(() =>
        {
            Assert.That(turns, Has.Length.EqualTo(3));
            Assert.That(turns[0], Does.Contain("What's your name?"));
            Assert.That(turns[1], Does.Contain("Ada").And.Contain("Nice to meet you, Ada!"));
            Assert.That(turns[2], Does.Contain("What is the answer?").And.Contain("The answer is 42."));
            Assert.That(JsonDocument.Parse(rawEvent).RootElement.GetProperty("type").GetString(), Is.Not.Empty, "an event as raw JSON");
        });

        // A fault rule added from the page makes the next status poll answer 503, and only that one.
        await page.Tab.SelectAsync("#fault-form select[name=method]", "GET");
        await page.Tab.TypeAsync("#fault-form input[name=path]", StatusPath);
        await page.Tab.TypeAsync("#fault-form input[name=statusCode]", "503");
        await page.Tab.TypeAsync("#fault-form input[name=times]", "1");
        await page.Tab.ClickAsync("#fault-form button[type=submit]");
        await page.WaitUntilAsync("document.querySelectorAll('#faults-list tr.fault-rule').length === 1", "the new fault rule");
        var rule = emulator.Faults.Rules.Single();
        Assert.That((rule.Method, rule.Path, rule.StatusCode, rule.Times), Is.EqualTo(("GET", StatusPath, (int?)503, (int?)1)));

        var status = service.Octave.GetWorkflowRun(result.JobOId);
        var fault = Assert.ThrowsAsync<WorkflowApiException>(() => status.UpdateStatusAsync());
        Assert.That(fault!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        await status.UpdateStatusAsync();

        string polls = $"[...document.querySelectorAll('#journal-list .entry[data-path=\"{StatusPath}\"]')]";
        await page.WaitUntilAsync($"{polls}.length >= 2 && document.querySelectorAll('#faults-list tr.fault-rule').length === 0",
            "both status polls, and the used-up rule gone");
        var pollStatuses = await page.EvaluateAsync<string[]>($"{polls}.map(e => e.dataset.status + (e.dataset.fault ? ' fault' : ''))");
        string firings = await page.EvaluateAsync<string>("document.getElementById('firings').innerText");
        Assert.Multiple(() =>
        {
            Assert.That(pollStatuses.Take(2), Is.EqualTo(new[] { "200", "503 fault" }), "newest first: the faulted poll, then the next one answered normally");
            Assert.That(firings, Does.Contain(StatusPath + " → 503"));
        });
        Assert.That(await page.WasNeverReloadedAsync(), Is.True, "every update arrived without a reload");

        await SaveScreenshotAsync(page);
        await AssertSecretsNeverShownAsync(page, service.CallbackToken);
    }

    [Test]
    public async Task After_a_reset_the_page_forgets_what_the_emulator_forgot()
    {
        await using var emulator = await WorkflowEmulator.StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        var page = await DashboardPage.OpenAsync(browser, emulator.BaseUrl);
        await using var service = await IntegratingService.StartAsync(emulator, ApiKey);
        const string Cards = "document.querySelectorAll('#runs-list [data-run-id]')";
        const string Rows = "document.querySelectorAll('#journal-list .entry')";

        var before = await service.Octave.StartWorkflowAsync("caw_demo_enrich");
        await page.WaitUntilAsync($"document.querySelector('[data-run-id=\"{before.Id}\"]') && {Rows}.length === 1", "the first run and its request");
        emulator.Reset();
        await page.WaitUntilAsync($"{Cards}.length === 0 && {Rows}.length === 0", "no runs and no requests after the reset");
        var after = await service.Octave.StartWorkflowAsync("caw_demo_enrich");
        await page.WaitUntilAsync($"{Cards}.length === 1 && {Rows}.length === 1", "the new run and its request");

        Assert.That(await page.EvaluateAsync<string>($"{Cards}[0].dataset.runId"), Is.EqualTo(after.Id));
        Assert.That(await page.EvaluateAsync<string>($"{Rows}[0].dataset.sequence"), Is.EqualTo("1"), "the journal's numbering restarted with the reset");
        Assert.That(await page.WasNeverReloadedAsync(), Is.True);
    }

    [Test]
    public async Task Markup_in_a_request_body_is_shown_as_text_and_never_runs()
    {
        await using var emulator = await WorkflowEmulator.StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        var page = await DashboardPage.OpenAsync(browser, emulator.BaseUrl);
        const string Markup = "<img id=injected src=x onerror=window.__ran=true>";
        using var client = new System.Net.Http.HttpClient { BaseAddress = emulator.BaseUrl };
        client.DefaultRequestHeaders.Add("api_key", ApiKey);
        using var body = new System.Net.Http.StringContent(JsonSerializer.Serialize(new { workflowOId = "caw_demo_enrich", note = Markup }), System.Text.Encoding.UTF8, "application/json");
        (await client.PostAsync(new Uri("api/v2/workflows/run", UriKind.Relative), body)).Dispose();

        await page.WaitUntilAsync("document.querySelectorAll('#journal-list .entry').length === 1", "the request");
        await page.ExpandAsync("#journal-list .entry");
        await page.ExpandAsync("#runs-list details[data-key^='inputs:']");
        string shown = await page.EvaluateAsync<string>("document.querySelector('#journal-list .entry pre:last-of-type').textContent");

        Assert.That(shown, Does.Contain(Markup), "the body, as text");
        Assert.That(await page.EvaluateAsync<bool>("document.getElementById('injected') === null && window.__ran !== true"), Is.True, "no element was made from it");
    }

    /// <summary>Keeps, per run, the sequence of states its card showed, as a user watching the page would see them.</summary>
    private static Task RecordRunStatesAsync(DashboardPage page) => page.Tab.EvaluateExpressionAsync("""
        window.__runStates = {};
        new MutationObserver(() => {
          for (const card of document.querySelectorAll('[data-run-id]')) {
            const seen = (window.__runStates[card.dataset.runId] ||= []);
            if (seen[seen.length - 1] !== card.dataset.state) seen.push(card.dataset.state);
          }
        }).observe(document.getElementById('runs-list'), { childList: true, subtree: true, attributes: true });
        """);

    private static async Task SaveScreenshotAsync(DashboardPage page)
    {
        await page.Tab.EvaluateExpressionAsync("window.scrollTo(0, 0)");
        string path = Path.Combine(TestResultsFolder.Path, "dashboard.png");
        await page.Tab.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
        TestContext.AddTestAttachment(path, "The dashboard at the end of the test");
        TestContext.Out.WriteLine("Screenshot: " + path);
    }

    /// <summary>
    /// Opens every expandable part (journal headers and bodies included) and reads the page and its data feeds. The
    /// callback URL's token is a secret too (it stands in for a signature), so the page masks it where it shows the URL.
    /// </summary>
    private static async Task AssertSecretsNeverShownAsync(DashboardPage page, string callbackToken)
    {
        await page.Tab.EvaluateExpressionAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        await page.WaitUntilAsync("[...document.querySelectorAll('#journal-list details')].every(d => d.querySelector('pre'))", "every journal entry expanded");
        string html = await page.Tab.GetContentAsync();
        string feeds = await page.EvaluateAsync<string>(
            "Promise.all(['state', 'requests', 'faults', 'catalog'].map(r => fetch(r).then(x => x.text()))).then(texts => texts.join('\\n'))");
        var shownSecrets = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#journal-list pre')].map(p => p.textContent).filter(t => /\"(api_key|Authorization)\"/.test(t))");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain(ApiKey), "the page");
            Assert.That(html, Does.Not.Contain(callbackToken), "the callback URL's token");
            Assert.That(html, Does.Contain("/callbacks/octave/…"), "the callback URL, masked");
            Assert.That(feeds, Does.Not.Contain(ApiKey), "the JSON the page reads");
            Assert.That(shownSecrets, Is.Not.Empty, "the journal shows the credential headers, redacted");
            Assert.That(shownSecrets, Has.None.Match("\"(api_key|Authorization)\": \"(?!\\*\\*\\*\")"), "no credential header with a value other than ***");
        });
    }
}
