using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Octave.Interactly.Sdk.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>The contract's retry rules, outcome by outcome.</summary>
public sealed class RetryRulesTests
{
    [TestCase(408, "http_408")]
    [TestCase(429, "http_429")]
    [TestCase(500, "http_500")]
    [TestCase(502, "http_502")]
    [TestCase(503, "http_503")]
    [TestCase(504, "http_504")]
    [TestCase(400, null)]
    [TestCase(401, null)]
    [TestCase(404, null)]
    [TestCase(409, null)]
    [TestCase(501, null)]
    [TestCase(200, null)]
    public void GET_retries_transient_statuses_only(int status, string? reason)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.That(RetryRules.RetryReason(Outcome.FromResult(response), HttpMethod.Get), Is.EqualTo(reason));
    }

    [TestCase(429, "http_429")]
    [TestCase(408, null)]
    [TestCase(500, null)]
    [TestCase(502, null)]
    [TestCase(503, null)]
    [TestCase(504, null)]
    public void POST_retries_only_429(int status, string? reason)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.That(RetryRules.RetryReason(Outcome.FromResult(response), HttpMethod.Post), Is.EqualTo(reason));
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("HEAD")]
    public void Other_idempotent_methods_retry_like_GET(string method)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.That(RetryRules.RetryReason(Outcome.FromResult(response), new HttpMethod(method)), Is.EqualTo("http_503"));
    }

    [Test]
    public void PATCH_is_treated_like_POST()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.That(RetryRules.RetryReason(Outcome.FromResult(response), new HttpMethod("PATCH")), Is.Null);
    }

    [Test]
    public void A_connection_refused_before_sending_is_retried_even_for_POST()
    {
        var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));

        Assert.That(RetryRules.RetryReason(Outcome.FromException<HttpResponseMessage>(refused), HttpMethod.Post), Is.EqualTo("transport"));
    }

    [Test]
    public void A_connection_lost_after_sending_is_retried_for_GET_but_not_POST()
    {
        var reset = new HttpRequestException("reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset)));

        Assert.Multiple(() =>
        {
            Assert.That(RetryRules.RetryReason(Outcome.FromException<HttpResponseMessage>(reset), HttpMethod.Get), Is.EqualTo("transport"));
            Assert.That(RetryRules.RetryReason(Outcome.FromException<HttpResponseMessage>(reset), HttpMethod.Post), Is.Null);
        });
    }

    [Test]
    public void An_attempt_timeout_is_retried_for_GET_but_not_POST()
    {
        var timeout = new TimeoutRejectedException();

        Assert.Multiple(() =>
        {
            Assert.That(RetryRules.RetryReason(Outcome.FromException<HttpResponseMessage>(timeout), HttpMethod.Get), Is.EqualTo("timeout"));
            Assert.That(RetryRules.RetryReason(Outcome.FromException<HttpResponseMessage>(timeout), HttpMethod.Post), Is.Null);
        });
    }

    [Test]
    public void Cancellation_and_an_open_circuit_are_never_retried()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RetryRules.RetryReason(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException()), HttpMethod.Get), Is.Null);
            Assert.That(RetryRules.RetryReason(Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException()), HttpMethod.Get), Is.Null);
        });
    }

    [TestCase(503, true)]
    [TestCase(500, true)]
    [TestCase(429, true)]
    [TestCase(408, true)]
    [TestCase(404, false)]
    [TestCase(400, false)]
    [TestCase(200, false)]
    public void The_breaker_counts_server_failures_not_client_errors(int status, bool failure)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.That(RetryRules.IsFailure(Outcome.FromResult(response)), Is.EqualTo(failure));
    }
}
