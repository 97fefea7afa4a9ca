using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Tests.DependencyInjection;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>
/// A body cut mid-way (the headers promise more bytes than arrive before the connection closes): a GET is read again,
/// a job-starting POST is not re-sent and reports that its outcome is unknown, since the server may have started the job.
/// </summary>
public sealed class TruncatedBodyTests
{
    private const string Validate = "/api/v2/api-key/validate";
    private const string RunWorkflow = "/api/v2/workflows/run";

    [Test]
    [Category("TransportFaults")]
    public async Task A_GET_whose_body_was_cut_is_retried_and_succeeds()
    {
        await using var server = ConnectionFaultServer.Start(n => n == 1
            ? FaultAnswer.Truncate("""{"_metadata":{},"status":"ok","valid":true}""", keep: 12)
            : FaultAnswer.Complete("""{"_metadata":{},"status":"ok","valid":true}"""));
        await using var provider = TestClients.BuildFor(server.BaseUrl);

        var answer = await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync();

        Assert.That(answer.Valid, Is.True);
        Assert.That(server.Requests, Is.EqualTo(new[] { "GET " + Validate, "GET " + Validate }));
    }

    [Test]
    [Category("TransportFaults")]
    public async Task A_job_starting_POST_whose_answer_was_cut_is_not_re_sent_and_its_outcome_is_unknown()
    {
        await using var server = ConnectionFaultServer.Start(n => n == 1
            ? FaultAnswer.Truncate("""{"jobOId":"bsjob_cut","status":"pending"}""", keep: 12)
            : FaultAnswer.Complete("""{"jobOId":"bsjob_second","status":"pending"}"""));
        await using var provider = TestClients.BuildFor(server.BaseUrl);

        var error = Assert.ThrowsAsync<WorkflowOutcomeUnknownException>(() =>
            provider.GetRequiredService<IOctaveApi>().RunWorkflowAsync(
                new RunWorkflowRequest("caw_demo_enrich"), new WorkflowRequestOptions { ExternalRequestId = "ext-cut" }));

        // Give a (wrong) second attempt every chance to show up before counting.
        await Task.Delay(100);
        Assert.Multiple(() =>
        {
            Assert.That(server.Requests.Count(r => r == "POST " + RunWorkflow), Is.EqualTo(1));
            Assert.That(server.Requests, Has.Count.EqualTo(1));
            Assert.That(error!.Service, Is.EqualTo(WorkflowService.Octave));
            Assert.That(error.Method, Is.EqualTo("POST"));
            Assert.That(error.ExternalRequestId, Is.EqualTo("ext-cut"));
        });
    }
}
