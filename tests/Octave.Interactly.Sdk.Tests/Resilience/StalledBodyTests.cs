using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Tests.DependencyInjection;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>
/// A body that stalls after the headers (the first bytes arrive, the rest never do): the attempt and total timeouts
/// cover reading the body, so the call ends in a typed timeout instead of hanging until the server gives up.
/// </summary>
public sealed class StalledBodyTests
{
    private const string Validate = "/api/v2/api-key/validate";
    private const string Body = """{"_metadata":{},"status":"ok","valid":true}""";

    /// <summary>Far longer than any timeout under test: if the call is still waiting by then, it was never bounded.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(5);

    [Test]
    [Category("TransportFaults")]
    public async Task A_GET_whose_body_stalls_after_the_headers_times_out_on_each_attempt()
    {
        await using var server = ConnectionFaultServer.Start(_ => FaultAnswer.StallBody(Body, keep: 12));
        await using var provider = TestClients.BuildFor(server.BaseUrl, r =>
        {
            r.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            r.TotalTimeout = TimeSpan.FromSeconds(2);
            r.MaxRetryAttempts = 1;
        });

        var error = await CatchWithinGuard(provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());

        Assert.That(error, Is.InstanceOf<WorkflowTimeoutException>(), error.ToString());
        var timeout = (WorkflowTimeoutException)error;
        Assert.Multiple(() =>
        {
            Assert.That(timeout.Service, Is.EqualTo(WorkflowService.Octave));
            Assert.That(timeout.Route, Is.EqualTo(Validate));
            Assert.That(timeout.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(200)), "the per-attempt timeout ran out");
            Assert.That(timeout.Attempts, Is.EqualTo(2), "a GET whose body timed out is retried");
            Assert.That(server.Requests, Is.EqualTo(new[] { "GET " + Validate, "GET " + Validate }));
        });
    }

    [Test]
    [Category("TransportFaults")]
    public async Task A_stalled_body_is_bounded_by_the_total_timeout()
    {
        await using var server = ConnectionFaultServer.Start(_ => FaultAnswer.StallBody(Body, keep: 12));
        await using var provider = TestClients.BuildFor(server.BaseUrl, r =>
        {
            r.TotalTimeout = TimeSpan.FromMilliseconds(300);
            r.AttemptTimeout = TimeSpan.FromMilliseconds(250);
            r.MaxRetryAttempts = 5;
            r.MaxRetryAfter = TimeSpan.FromMilliseconds(100);
        });

        var error = await CatchWithinGuard(provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());

        // Attempts of 250 ms fit into 300 ms at most twice; six would have been allowed without the total timeout.
        Assert.That(error, Is.InstanceOf<WorkflowTimeoutException>(), error.ToString());
        var timeout = (WorkflowTimeoutException)error;
        Assert.That(timeout.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
        Assert.That(timeout.Attempts, Is.InRange(1, 2));
    }

    private static async Task<Exception> CatchWithinGuard(Task call)
    {
        var finished = await Task.WhenAny(call, Task.Delay(HangGuard));
        Assert.That(finished, Is.SameAs(call), "the call hung on the stalled body past every configured timeout");
        try
        {
            await call;
        }
        catch (Exception exception)
        {
            return exception;
        }

        Assert.Fail("a body that never arrives cannot succeed");
        throw new InvalidOperationException("unreachable");
    }
}
