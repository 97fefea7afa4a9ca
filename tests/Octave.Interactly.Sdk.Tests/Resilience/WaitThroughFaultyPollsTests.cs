using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Tests.DependencyInjection;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>
/// A run-and-await treats a status poll that timed out or whose connection dropped as transient: it keeps polling
/// and ends when the run does, well before its own deadline.
/// </summary>
public sealed class WaitThroughFaultyPollsTests
{
    private const string StatusOfRun = "GET /api/v2/workflows/run/status?jobOId=bsjob_wait";

    private const string Completed = """
        {"_metadata":{},"data":{"jobOId":"bsjob_wait","workflowOId":"caw_demo_enrich","totalCount":1,"processedCount":1,
         "successCount":1,"failedCount":0,"createdAt":"2026-01-01T00:00:00Z","startedAt":"2026-01-01T00:00:01Z",
         "completedAt":"2026-01-01T00:00:02Z"}}
        """;

    [Test]
    [Category("TransportFaults")]
    public async Task A_wait_survives_timed_out_and_dropped_polls_and_completes_before_its_deadline()
    {
        await using var server = ConnectionFaultServer.Start(Answer);

        // No retries inside a poll: each failure below reaches the wait itself, which must ride it out.
        await using var provider = TestClients.BuildFor(server.BaseUrl, r =>
        {
            r.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            r.TotalTimeout = TimeSpan.FromSeconds(1);
            r.MaxRetryAttempts = 0;
        });
        var polling = new PollingOptions
        {
            InitialInterval = TimeSpan.FromMilliseconds(10),
            MaxInterval = TimeSpan.FromMilliseconds(20),
            MinRetryAfter = TimeSpan.FromMilliseconds(1),
            MaxRetryAfter = TimeSpan.FromMilliseconds(30),
            Timeout = TimeSpan.FromSeconds(10),
        };

        var result = await provider.GetRequiredService<OctaveClient>().RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich"), polling: polling);

        Assert.Multiple(() =>
        {
            Assert.That(result.JobOId, Is.EqualTo("bsjob_wait"));
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Polling));
            Assert.That(server.Requests[0], Is.EqualTo("POST /api/v2/workflows/run"));
            Assert.That(server.Requests.Skip(1), Is.All.EqualTo(StatusOfRun));
            Assert.That(server.Requests, Has.Count.EqualTo(6), "one start, four failed polls (timed out, reset, cut, stalled), one that saw the run complete");
        });
    }

    private static FaultAnswer Answer(int request) => request switch
    {
        1 => FaultAnswer.Complete("""{"jobOId":"bsjob_wait","status":"pending"}"""),
        2 => FaultAnswer.StallBeforeHeaders,
        3 => FaultAnswer.Reset,
        4 => FaultAnswer.Truncate(Completed, keep: 20),
        5 => FaultAnswer.StallBody(Completed, keep: 20),
        _ => FaultAnswer.Complete(Completed),
    };
}
