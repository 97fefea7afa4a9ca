using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

/// <summary>The run lifecycle follows the configured TimeProvider, not the wall clock.</summary>
public sealed class ClockDrivenLifecycleTests
{
    [Test]
    public async Task A_workflow_run_advances_only_when_the_clock_does()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions
        {
            TimeProvider = clock,
            JobPendingMilliseconds = 10_000,
            JobRunningMilliseconds = 100_000,
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseUrl };
        client.DefaultRequestHeaders.Add("api_key", "k");
        Emulator_is_fresh(emulator);

        var (_, started) = await StatusHelpers.PostAsync(client, "api/v2/workflows/run", "{\"workflowOId\":\"caw_demo_slow\"}");
        string path = "api/v2/workflows/run/status?jobOId=" + (string)started!["jobOId"]!;

        var pending = (await StatusHelpers.GetAsync(client, path))!["data"]!;
        clock.Advance(TimeSpan.FromMilliseconds(50_000 + 250_000));
        var halfway = (await StatusHelpers.GetAsync(client, path))!["data"]!;
        clock.Advance(TimeSpan.FromHours(1));
        var done = (await StatusHelpers.GetAsync(client, path))!["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)pending["createdAt"], Is.EqualTo("2030-01-02T03:04:05.000Z"));
            Assert.That(pending["startedAt"], Is.Null);
            Assert.That((int)pending["processedCount"]!, Is.EqualTo(0));
            Assert.That((string?)halfway["startedAt"], Is.EqualTo("2030-01-02T03:04:55.000Z"), "caw_demo_slow pends five times the default");
            Assert.That((int)halfway["processedCount"]!, Is.EqualTo(12));
            Assert.That(halfway["completedAt"], Is.Null);
            Assert.That((int)done["processedCount"]!, Is.EqualTo(25));
            Assert.That((string?)done["completedAt"], Is.EqualTo("2030-01-02T03:13:15.000Z"));
        });
        Assert.That(emulator.Journal.Entries.Select(e => e.Timestamp).Distinct().Count(), Is.EqualTo(3), "journal timestamps come from the same clock");
    }

    private static void Emulator_is_fresh(WorkflowEmulator emulator) => Assert.That(emulator.Journal.Entries, Is.Empty);
}
