using System;
using System.Text.Json;
using System.Threading.Tasks;
using PuppeteerSharp;

namespace Octave.Interactly.Sdk.Dashboard.Tests.Support;

/// <summary>The dashboard open in a browser tab, with waits that read what a user would see.</summary>
internal sealed class DashboardPage
{
    /// <summary>Generous, because the machine may be busy; a wait ends as soon as its condition holds.</summary>
    private const int WaitMilliseconds = 20_000;

    private DashboardPage(IPage tab) => Tab = tab;

    public IPage Tab { get; }

    /// <summary>Opens the page polling every 100 ms and leaves a marker that a reload would wipe.</summary>
    public static async Task<DashboardPage> OpenAsync(IBrowser browser, Uri emulatorBaseUrl)
    {
        var tab = await browser.NewPageAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var response = await tab.GoToAsync(new Uri(emulatorBaseUrl, "_emulator/?poll=100").AbsoluteUri, WaitUntilNavigation.Load);
        Assert.That(response.Status, Is.EqualTo(System.Net.HttpStatusCode.OK));
        await tab.EvaluateExpressionAsync("window.__openedOnce = true");
        var page = new DashboardPage(tab);
        await page.WaitUntilAsync("document.getElementById('live').dataset.state === 'live'", "the page to connect");
        return page;
    }

    /// <summary>Waits until <paramref name="condition"/> (a JavaScript expression) is true in the page.</summary>
    public async Task WaitUntilAsync(string condition, string what)
    {
        try
        {
            await Tab.WaitForFunctionAsync("() => { try { return !!(" + condition + "); } catch { return false; } }",
                new WaitForFunctionOptions { Timeout = WaitMilliseconds, PollingInterval = 50 });
        }
        catch (WaitTaskTimeoutException)
        {
            Assert.Fail("The page never showed " + what + ". Its text was:\n" + await Tab.EvaluateExpressionAsync<string>("document.body.innerText"));
        }
    }

    /// <summary>
    /// Clicks the summary of the first <c>details</c> matching <paramref name="selector"/> and waits for its content,
    /// built on opening. The page re-renders live, so the element may be replaced between finding it and clicking it:
    /// the click happens inside the page, on the element found at that moment, and again until it stays open.
    /// </summary>
    public async Task ExpandAsync(string selector)
    {
        string target = JsonSerializer.Serialize(selector);
        await WaitUntilAsync(
            $"(d => d && (d.open || (d.querySelector(':scope > summary').click(), false)) && d.children.length > 1)(document.querySelector({target}))",
            "the content of " + selector);
    }

    public Task<T> EvaluateAsync<T>(string expression) => Tab.EvaluateExpressionAsync<T>(expression);

    /// <summary>Whether the page is still the document first opened, i.e. it updated itself without a reload.</summary>
    public Task<bool> WasNeverReloadedAsync() => Tab.EvaluateExpressionAsync<bool>("window.__openedOnce === true");
}
