using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Tests.DependencyInjection;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Interactly.Wire;

/// <summary>
/// The older start-or-resume (<c>POST /v1/workflow-runs</c>) starts work, so an answer that never arrives in time is
/// not re-sent: the service may already have started the run, and the caller learns that its outcome is unknown.
/// </summary>
public sealed class StartOrResumeLostAnswerWireTests : WireMockTest
{
    private const string Path = "/workflows/v1/workflow-runs";

    [Test]
    [Category("TransportFaults")]
    public async Task A_start_or_resume_whose_answer_is_lost_is_sent_once_and_its_outcome_is_unknown()
    {
        // The answer comes long after the attempt gave up: for the client it is lost.
        Server.Given(Exactly("POST", Path))
            .RespondWith(Answer(200, "{\"workflow_run\":{\"_id\":\"run_late\"}}").WithDelay(TimeSpan.FromMilliseconds(600)));
        await using var provider = TestClients.BuildForInteractly(InteractlyBaseUrl, r =>
        {
            r.AttemptTimeout = TimeSpan.FromMilliseconds(150);
            r.MaxRetryAttempts = 3;
        });
        var input = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, null);
        input.WorkflowId = "65a1b2c3d4e5f60718293a4b";

        var error = Assert.ThrowsAsync<WorkflowOutcomeUnknownException>(() =>
            provider.GetRequiredService<IInteractlyApi>().StartOrResumeRunAsync(input, new WorkflowRequestOptions { ExternalRequestId = "ext-lost" }));

        // WireMock.Net logs a request once it has answered; wait for the first, then give a (wrong) second attempt,
        // which would have started within the 10 ms backoff, time to show up as well.
        for (var i = 0; i < 500 && Requests.Count == 0; i++)
        {
            await Task.Delay(10);
        }

        await Task.Delay(150);
        Assert.Multiple(() =>
        {
            Assert.That(Requests.Count(r => r.Method == "POST" && r.Path == Path), Is.EqualTo(1));
            Assert.That(Requests, Has.Count.EqualTo(1));
            Assert.That(error!.Service, Is.EqualTo(WorkflowService.Interactly));
            Assert.That(error.Method, Is.EqualTo("POST"));
            Assert.That(error.ExternalRequestId, Is.EqualTo("ext-lost"));
            Assert.That(error.InnerException, Is.InstanceOf<WorkflowTimeoutException>());
        });
    }
}
