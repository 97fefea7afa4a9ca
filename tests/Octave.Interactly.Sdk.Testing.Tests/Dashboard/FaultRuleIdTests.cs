using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests.Dashboard;

/// <summary>Rules get an id to remove them one at a time, and count how often they fired.</summary>
public sealed class FaultRuleIdTests : EmulatorTestBase
{
    [Test]
    public async Task A_rule_counts_its_firings_and_can_be_removed_alone_by_id()
    {
        var unavailable = new FaultRule { Method = "GET", Path = "/api/v2/api-key/validate", StatusCode = 503 };
        Emulator.Faults.Add(unavailable);
        var (_, added) = await PostAsync("_emulator/faults", new { path = "/api/v2/workflows/*", statusCode = 500 });

        await GetAsync("api/v2/api-key/validate");
        await GetAsync("api/v2/api-key/validate");
        var rules = (await GetAsync("_emulator/faults")).Body!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(unavailable.Id, Is.EqualTo(1), "the caller's rule learns its id");
            Assert.That((int)added!["id"]!, Is.EqualTo(2));
            Assert.That(rules.Select(r => (int)r!["fired"]!), Is.EqualTo(new[] { 2, 0 }));
            Assert.That(Emulator.Faults.Rules.Select(r => r.Fired), Is.EqualTo(new[] { 2, 0 }));
        });

        using var removed = await Client.DeleteAsync(new Uri("_emulator/faults/1", UriKind.Relative));
        using var again = await Client.DeleteAsync(new Uri("_emulator/faults/1", UriKind.Relative));

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Emulator.Faults.Rules.Select(r => r.Id), Is.EqualTo(new[] { 2 }));
        Assert.That((await GetAsync("api/v2/api-key/validate")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_posted_rule_cannot_choose_its_own_id_or_firing_count()
    {
        var (status, added) = await PostAsync("_emulator/faults", new { id = 99, fired = 7, path = "/api/v2/*", statusCode = 429 });

        Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((int)added!["id"]!, Is.EqualTo(1));
        Assert.That(Emulator.Faults.Rules.Single().Fired, Is.Zero);
    }
}
