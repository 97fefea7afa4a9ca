using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.AspNetCore.Tests;

public sealed class InteractlyWebhookEndpointTests
{
    private const string Secret = "whsec_live_current_secret";
    private const string PreviousSecret = "whsec_live_previous_secret";
    private const string Path = "/webhooks/interactly";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","event":"workflow_run.completed","workflow_run_id":"665f1c2e8b3a4d0012345678"}""");

    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private RecordingHandler _handler = null!;

    [SetUp]
    public async Task Start()
    {
        _handler = new RecordingHandler();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddInteractlyWebhookReceiver(options =>
        {
            options.Secrets.Add(Secret);
            options.Secrets.Add(PreviousSecret);
            options.MaxBodyBytes = 2048;
        });
        builder.Services.AddSingleton<IInteractlyWebhookHandler>(_handler);
        _app = builder.Build();
        _app.MapInteractlyWebhooks();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
    }

    [TearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_signed_delivery_is_verified_parsed_and_handled()
    {
        using var response = await SendAsync(Body, InteractlyWebhookSigner.CreateHeaders(Body, Secret).ToArray());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var delivery = _handler.Deliveries.Single();
        Assert.That(delivery.EventType, Is.EqualTo("workflow_run.completed"));
        Assert.That(delivery.EventId, Is.EqualTo("evt_1"));
        Assert.That(delivery.RawJson, Is.EqualTo(Encoding.UTF8.GetString(Body)));
        Assert.That(delivery.Timestamp, Is.Not.Null);
    }

    [Test]
    public async Task A_delivery_signed_with_the_previous_secret_is_accepted_during_rotation()
    {
        using var response = await SendAsync(Body, InteractlyWebhookSigner.CreateHeaders(Body, PreviousSecret).ToArray());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Bad_missing_or_stale_signatures_get_401_and_reach_no_handler()
    {
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("evt_1", "evt_2", StringComparison.Ordinal));
        using var wrongSecret = await SendAsync(Body, InteractlyWebhookSigner.CreateHeaders(Body, "not-the-secret").ToArray());
        using var tamperedBody = await SendAsync(tampered, InteractlyWebhookSigner.CreateHeaders(Body, Secret).ToArray());
        using var missing = await SendAsync(Body);
        using var stale = await SendAsync(Body, InteractlyWebhookSigner.CreateHeaders(Body, Secret, DateTimeOffset.UtcNow.AddMinutes(-10)).ToArray());

        Assert.That(new[] { wrongSecret.StatusCode, tamperedBody.StatusCode, missing.StatusCode, stale.StatusCode }, Has.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_handler.Deliveries, Is.Empty);
    }

    [Test]
    public async Task A_present_but_empty_timestamp_header_gets_401_rather_than_skipping_the_freshness_check()
    {
        var signature = InteractlyWebhookSigner.Sign(Body, Secret);
        using var response = await SendAsync(
            Body,
            new System.Collections.Generic.KeyValuePair<string, string>(InteractlyWebhookHeaders.Signature, signature),
            new System.Collections.Generic.KeyValuePair<string, string>(InteractlyWebhookHeaders.Timestamp, string.Empty));
        using var withoutTimestamp = await SendAsync(
            Body,
            new System.Collections.Generic.KeyValuePair<string, string>(InteractlyWebhookHeaders.Signature, signature));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(withoutTimestamp.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_handler.Deliveries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_oversized_body_gets_413_and_a_signed_non_json_body_400()
    {
        var big = Encoding.UTF8.GetBytes(new string('x', 3000));
        var notJson = Encoding.UTF8.GetBytes("plain text");

        using var tooLarge = await SendAsync(big, InteractlyWebhookSigner.CreateHeaders(big, Secret).ToArray());
        using var malformed = await SendAsync(notJson, InteractlyWebhookSigner.CreateHeaders(notJson, Secret).ToArray());

        Assert.That(tooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(_handler.Deliveries, Is.Empty);
    }

    [Test]
    public async Task A_failing_handler_yields_500_so_interactly_retries()
    {
        _handler.FailNext = true;

        using var failed = await SendAsync(Body, InteractlyWebhookSigner.CreateHeaders(Body, Secret).ToArray());
        using var retried = await SendAsync(Body, InteractlyWebhookSigner.CreateHeaders(Body, Secret).ToArray());

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void Missing_secrets_fail_at_start_naming_the_option()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddInteractlyWebhookReceiver(_ => { });
        var app = builder.Build();

        var exception = Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            app.MapInteractlyWebhooks();
            await app.StartAsync();
        });

        Assert.That(exception!.Message, Does.Contain("InteractlyWebhookReceiverOptions.Secrets"));
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body, params System.Collections.Generic.KeyValuePair<string, string>[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var header in headers)
        {
            request.Headers.Add(header.Key, header.Value);
        }

        return await _http.SendAsync(request);
    }

    private sealed class RecordingHandler : IInteractlyWebhookHandler
    {
        public ConcurrentQueue<InteractlyWebhookDelivery> Deliveries { get; } = new();

        public bool FailNext { get; set; }

        public Task HandleAsync(InteractlyWebhookDelivery delivery, CancellationToken cancellationToken = default)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("downstream unavailable");
            }

            Deliveries.Enqueue(delivery);
            return Task.CompletedTask;
        }
    }
}
