using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Integration;

/// <summary>
/// The emulator delivers webhook events to a real loopback receiver: signed so that the SDK's
/// <see cref="InteractlyWebhookVerifier"/> accepts them, every attempt recorded, failures retried, retry re-sends.
/// </summary>
public sealed class WebhookDeliveryEmulatorTests
{
    private const string Secret = "whsec_delivery_test_secret";

    private WorkflowEmulator _emulator = null!;
    private HttpClient _http = null!;
    private IInteractlyApi _api = null!;
    private Receiver _receiver = null!;

    [SetUp]
    public async Task Start()
    {
        // Millisecond retries: the subscription's backoff (seconds) is capped by the callback retry delay.
        _emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { CallbackInitialRetryDelayMilliseconds = 10 });
        _http = new HttpClient();
        _api = TestApis.Interactly(_http, new InteractlyOptions { ApiKey = "emulator-key", BaseUrl = _emulator.InteractlyBaseUrl });
        _receiver = await Receiver.StartAsync();
    }

    [TearDown]
    public async Task Stop()
    {
        await _receiver.DisposeAsync();
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task A_created_workflow_is_delivered_once_signed_and_verified_with_one_200_attempt()
    {
        string subscriptionId = await SubscribeAsync(maxRetries: 3);

        string workflowId = (await _api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Delivered" })).Workflow!.Id!;

        var delivered = await WaitForStatusAsync(subscriptionId, "delivered");
        var attempts = await _api.ListWebhookDeliveryAttemptsAsync(delivered.EventId!);
        var received = _receiver.Deliveries.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(received, Has.Length.EqualTo(1));
            Assert.That(received[0].Verified, Is.True, "the SDK's verifier accepts the emulator's signature");
            Assert.That(received[0].Body["action"]!.GetValue<string>(), Is.EqualTo("workflow_created"));
            Assert.That(received[0].Body["workflow_id"]!.GetValue<string>(), Is.EqualTo(workflowId));
            Assert.That(attempts.Attempts.Select(a => (a.AttemptNumber, a.ResponseStatusCode, a.Success)), Is.EqualTo(new[] { ((int?)1, (int?)200, (bool?)true) }));
        });
    }

    [Test]
    public async Task A_receiver_answering_500_then_200_gets_two_attempts_and_the_event_is_delivered()
    {
        _receiver.Answers.Enqueue(500);
        string subscriptionId = await SubscribeAsync(maxRetries: 3);

        await _api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Retried" });

        var delivered = await WaitForStatusAsync(subscriptionId, "delivered");
        var attempts = await _api.ListWebhookDeliveryAttemptsAsync(delivered.EventId!);
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Attempts.Select(a => a.ResponseStatusCode), Is.EqualTo(new int?[] { 500, 200 }));
            Assert.That(attempts.Total, Is.EqualTo(2));
            Assert.That(_receiver.Deliveries.Count(d => d.Verified), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Retry_of_a_failed_event_delivers_it_again()
    {
        _receiver.Answers.Enqueue(503);
        string subscriptionId = await SubscribeAsync(maxRetries: 0);
        await _api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Failed first" });
        var failed = await WaitForStatusAsync(subscriptionId, "failed");

        await _api.RetryWebhookEventAsync(failed.Id!);

        var delivered = await WaitForStatusAsync(subscriptionId, "delivered");
        var attempts = await _api.ListWebhookDeliveryAttemptsAsync(delivered.EventId!);
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Attempts.Select(a => a.ResponseStatusCode), Is.EqualTo(new int?[] { 503, 200 }));
            Assert.That(_receiver.Deliveries, Has.Count.EqualTo(2));
        });
    }

    /// <summary>Subscribes the receiver with a signing secret; raw HTTP because the SDK's request model has no secret field.</summary>
    private async Task<string> SubscribeAsync(int maxRetries)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_emulator.InteractlyBaseUrl, "v1/workflow-webhooks"))
        {
            Content = new StringContent(
                new JsonObject
                {
                    ["name"] = "receiver",
                    ["url"] = _receiver.Url.ToString(),
                    ["actions"] = new JsonArray("workflow_created"),
                    ["secret"] = Secret,
                    ["max_retries"] = maxRetries,
                    ["retry_backoff_seconds"] = 1,
                }.ToJsonString(),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "emulator-key");
        using var response = await _http.SendAsync(request);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.ContainsKey("secret"), Is.False, "the secret is never echoed");
        return created["_id"]!.GetValue<string>();
    }

    private async Task<WebhookEvent> WaitForStatusAsync(string subscriptionId, string status)
    {
        for (var i = 0; i < 300; i++)
        {
            var events = await _api.ListWebhookEventsAsync(new ListWebhookEventsRequest { SubscriptionId = subscriptionId });
            if (events.Events.Count == 1 && events.Events[0].Status == status)
            {
                return events.Events[0];
            }

            await Task.Delay(10);
        }

        Assert.Fail($"no event reached {status}");
        return null!;
    }

    /// <summary>A loopback receiver: verifies each delivery with the SDK's verifier and answers from a queue (200 when empty).</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Receiver(WebApplication app) => _app = app;

        public Uri Url { get; private set; } = null!;

        public ConcurrentQueue<int> Answers { get; } = new();

        public ConcurrentQueue<(JsonObject Body, bool Verified)> Deliveries { get; } = new();

        public static async Task<Receiver> StartAsync()
        {
            var app = LoopbackApp.Create();
            var receiver = new Receiver(app);
            var verifier = new InteractlyWebhookVerifier(Secret);
            app.MapPost("/hooks/interactly", async (HttpContext http) =>
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer);
                byte[] body = buffer.ToArray();
                bool verified = verifier.Verify(
                    body, http.Request.Headers[InteractlyWebhookHeaders.Signature].ToString(), http.Request.Headers[InteractlyWebhookHeaders.Timestamp].ToString());
                receiver.Deliveries.Enqueue((JsonNode.Parse(body)!.AsObject(), verified));
                http.Response.StatusCode = receiver.Answers.TryDequeue(out int status) ? status : 200;
            });
            await app.StartAsync();
            receiver.Url = new Uri(LoopbackApp.AddressOf(app), "/hooks/interactly");
            return receiver;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
