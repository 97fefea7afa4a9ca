using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests.Dashboard;

/// <summary>The page and its assets come from the emulator itself, locked to its own origin.</summary>
public sealed class DashboardPageTests : EmulatorTestBase
{
    [TestCase("_emulator/", "text/html", "<title>Workflow emulator</title>")]
    [TestCase("_emulator/dashboard.css", "text/css", ".journal")]
    [TestCase("_emulator/dashboard.js", "text/javascript", "getJson('faults')")]
    public async Task Each_asset_is_served_from_the_assembly_with_a_same_origin_policy(string path, string mediaType, string expected)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        string text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(response.Headers.GetValues("Content-Security-Policy"), Has.One.Contains("script-src 'self'"));
        Assert.That(text, Does.Contain(expected));
    }

    [Test]
    public async Task The_address_without_a_trailing_slash_redirects_so_relative_assets_resolve()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Emulator.BaseUrl };
        using var response = await client.GetAsync(new Uri("_emulator?poll=200", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/_emulator/?poll=200"));
    }

    [Test]
    public async Task Opening_the_page_is_not_journaled()
    {
        await Client.GetAsync(new Uri("_emulator/", UriKind.Relative));
        await Client.GetAsync(new Uri("_emulator/state", UriKind.Relative));

        Assert.That(Emulator.Journal.Entries, Is.Empty);
    }
}
