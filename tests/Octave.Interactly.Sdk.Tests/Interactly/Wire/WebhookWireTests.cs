using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Wire;

/// <summary>The webhook-subscription endpoints on the wire.</summary>
public class WebhookWireTests : WireMockTest
{
    private const string ApiKey = "itk_live_secret_value_123";
    private const string BasePath = "/workflows/v1/workflow-webhooks";
    private const string HookId = "64b0c0ffee0c0ffee0c0ffee";
    private const string SubscriptionAnswer = """
        {"_id":"64b0c0ffee0c0ffee0c0ffee","name":"ops","url":"https://hooks.example.com/x","actions":["workflow_run_completed"],
         "enabled":true,"has_bearer_token":true,"timeout_seconds":10,"max_retries":3,"retry_backoff_seconds":10,"future":1}
        """;

    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void CreateHttp() => _http = new HttpClient();

    [OneTimeTearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task Create_sends_the_exact_body_and_reads_the_subscription()
    {
        Server.Given(InteractlyCall("POST", BasePath)).RespondWith(Answer(201, SubscriptionAnswer));
        var request = new CreateWebhookSubscriptionRequest
        {
            Name = "ops",
            Url = "https://hooks.example.com/x",
            Actions = new List<string> { "workflow_run_completed" },
            BearerToken = "whsec_token_value",
            MaxRetries = 3,
        };

        var subscription = await CreateApi().CreateWebhookAsync(request);

        var expected = "{\"name\":\"ops\",\"url\":\"https://hooks.example.com/x\",\"actions\":[\"workflow_run_completed\"],\"bearer_token\":\"whsec_token_value\",\"max_retries\":3}";
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(OnlyRequest.Body!), JsonNode.Parse(expected)), Is.True, OnlyRequest.Body);
        Assert.That(subscription.Id, Is.EqualTo(HookId));
        Assert.That(subscription.Actions, Is.EqualTo(new[] { "workflow_run_completed" }));
        Assert.That(subscription.HasBearerToken, Is.True);
        Assert.That(subscription.AdditionalProperties, Does.ContainKey("future"));
        Assert.That(request.ToString(), Does.Not.Contain("whsec_token_value"));
    }

    [Test]
    public async Task List_update_delete_events_attempts_and_retry_use_their_paths()
    {
        Server.Given(InteractlyCall("GET", BasePath)).RespondWith(Answer(200, "{\"subscriptions\":[" + SubscriptionAnswer + "],\"total\":1}"));
        Server.Given(InteractlyCall("PATCH", BasePath + "/" + HookId).WithBody(new JsonMatcher("{\"enabled\":false,\"clear_bearer_token\":true}"))).RespondWith(Answer(200, SubscriptionAnswer));
        Server.Given(InteractlyCall("DELETE", BasePath + "/" + HookId)).RespondWith(Answer(204, ""));
        Server.Given(InteractlyCall("GET", BasePath + "/events")).RespondWith(Answer(200, """
            {"events":[{"_id":"e1","event_id":"evt_1","subscription_id":"64b0c0ffee0c0ffee0c0ffee","action":"workflow_created","status":"failed","payload":{"a":1}}],"total":1}
            """));
        Server.Given(InteractlyCall("GET", BasePath + "/events/evt_1/attempts")).RespondWith(Answer(200, """
            {"attempts":[{"attempt_number":2,"request_url":"https://hooks.example.com/x","success":false,"response_status_code":502,"error_message":"bad gateway","latency_ms":31}],"total":1}
            """));
        Server.Given(InteractlyCall("POST", BasePath + "/events/e1/retry")).RespondWith(Answer(200, "{\"message\":\"queued\",\"event_id\":\"e1\"}"));
        var api = CreateApi();

        var list = await api.ListWebhooksAsync(page: 1, size: 5, search: "ops");
        await api.UpdateWebhookAsync(HookId, new UpdateWebhookSubscriptionRequest { Enabled = false, ClearBearerToken = true });
        await api.DeleteWebhookAsync(HookId);
        var events = await api.ListWebhookEventsAsync(new ListWebhookEventsRequest { SubscriptionId = HookId, Status = "failed", Size = 10 });
        var attempts = await api.ListWebhookDeliveryAttemptsAsync("evt_1");
        var retry = await api.RetryWebhookEventAsync("e1");

        Assert.That(Requests.Select(r => r.Method + " " + r.Path + r.RawQuery), Is.EqualTo(new[]
        {
            "GET " + BasePath + "?page=1&size=5&search=ops",
            "PATCH " + BasePath + "/" + HookId,
            "DELETE " + BasePath + "/" + HookId,
            "GET " + BasePath + "/events?size=10&subscription_id=" + HookId + "&status=failed",
            "GET " + BasePath + "/events/evt_1/attempts",
            "POST " + BasePath + "/events/e1/retry",
        }));
        Assert.That(list.All.Single().Name, Is.EqualTo("ops"));
        Assert.That(events.Events.Single().EventId, Is.EqualTo("evt_1"));
        Assert.That(events.Events.Single().Payload!.Value.GetProperty("a").GetInt32(), Is.EqualTo(1));
        var attempt = attempts.Attempts.Single();
        Assert.That((attempt.AttemptNumber, attempt.Success, attempt.ResponseStatusCode, attempt.ErrorMessage, attempt.LatencyMilliseconds), Is.EqualTo(((int?)2, (bool?)false, (int?)502, "bad gateway", (int?)31)));
        Assert.That(retry.EventId, Is.EqualTo("e1"));
    }

    [Test]
    public void Bad_arguments_fail_before_any_request_naming_the_field()
    {
        var api = CreateApi();
        CreateWebhookSubscriptionRequest Valid() => new() { Name = "ops", Url = "https://hooks.example.com/x", Actions = new List<string> { "workflow_created" } };

        Assert.Multiple(() =>
        {
            Assert.That(() => api.CreateWebhookAsync(new CreateWebhookSubscriptionRequest { Name = "ops", Url = "https://h.example.com" }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("actions"));
            var plainHttp = Valid();
            plainHttp.Url = "http://hooks.example.com/x";
            Assert.That(() => api.CreateWebhookAsync(plainHttp), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("url"));
            var slow = Valid();
            slow.TimeoutSeconds = 61;
            Assert.That(() => api.CreateWebhookAsync(slow), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("timeout_seconds"));
            Assert.That(() => api.UpdateWebhookAsync(HookId, new UpdateWebhookSubscriptionRequest { MaxRetries = 11 }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("max_retries"));
            Assert.That(() => api.DeleteWebhookAsync(" "), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("webhookId"));
            Assert.That(() => api.ListWebhooksAsync(page: 0), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("page"));
            Assert.That(() => api.ListWebhookEventsAsync(new ListWebhookEventsRequest { WorkflowId = "nope" }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("workflow_id"));
        });
        Assert.That(Requests, Is.Empty);
    }

    private static IRequestBuilder InteractlyCall(string method, string path) =>
        Exactly(method, path)
            .WithHeader("Authorization", new ExactMatcher("Bearer " + ApiKey))
            .WithHeader("X-Interactly-API-Version", new ExactMatcher(InteractlyOptions.DefaultApiVersion));

    private IInteractlyApi CreateApi() =>
        TestApis.Interactly(_http, new InteractlyOptions { ApiKey = ApiKey, BaseUrl = InteractlyBaseUrl });
}
