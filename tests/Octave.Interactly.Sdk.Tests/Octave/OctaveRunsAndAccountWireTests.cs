using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using WireMock.Matchers;

namespace Octave.Interactly.Sdk.Tests.Octave;

/// <summary>
/// The Runs API, the agents and API-key lists and credit usage on the wire: path, query, headers, tolerant reading,
/// paging through the facade, argument checks before any request, and the 503 of credit usage.
/// </summary>
public sealed class OctaveRunsAndAccountWireTests : OctaveApiOverWireMock
{
    [Test]
    public async Task GetRun_sends_the_id_in_the_path_and_the_item_page_as_query_and_reads_everything_tolerantly()
    {
        Server.Given(OctaveCall("GET", "/api/v2/runs/run_3rgko").WithParam("limit", new ExactMatcher("5")).WithParam("offset", new ExactMatcher("10")))
            .RespondWith(Answer(200, """
            {"_metadata":{"requestId":"req_1"},
             "data":{"oId":"run_3rgko","status":"partial",
                     "counts":{"total":"3","succeeded":2,"failed":1,"cancelled":0,"skipped":0},
                     "credits":{"unitPrice":0.5,"quoted":1.5,"held":0,"charged":"1.0"},
                     "items":[{"oId":"it_1","status":"succeeded","output":{"email":"a@example.com"}},
                              {"oId":"it_2","status":"exploded","error":"bad row","attempts":3}],
                     "hasNext":true,"completedAt":"2026-01-02T03:04:05Z","newTopLevel":1}}
            """));

        var response = await Api.GetRunAsync("run_3rgko", new OctavePageRequest { Limit = 5, Offset = 10 });

        var run = response.Data!;
        Assert.Multiple(() =>
        {
            Assert.That(OnlyRequest.RawQuery, Is.EqualTo("?limit=5&offset=10"));
            Assert.That(run.OId, Is.EqualTo("run_3rgko"));
            Assert.That(run.Status, Is.EqualTo(OctaveRunStatus.Partial));
            Assert.That(run.Status.IsTerminal, Is.True);
            Assert.That(run.Status.ToRunState(), Is.EqualTo(OctaveRunState.Failed));
            Assert.That(run.Counts!.Total, Is.EqualTo(3), "numbers sent as strings are read");
            Assert.That(run.Counts.AdditionalProperties!.ContainsKey("skipped"), Is.True);
            Assert.That(run.Credits!.UnitPrice, Is.EqualTo(0.5m));
            Assert.That(run.Credits.Charged, Is.EqualTo(1.0m));
            Assert.That(run.Items![0].Output!.Value.GetProperty("email").GetString(), Is.EqualTo("a@example.com"));
            Assert.That(run.Items[1].Status.Value, Is.EqualTo("exploded"), "an unknown item status is kept");
            Assert.That(run.Items[1].Status.IsKnown, Is.False);
            Assert.That(run.Items[1].Status.IsTerminal, Is.False);
            Assert.That(run.Items[1].AdditionalProperties!.ContainsKey("attempts"), Is.True);
            Assert.That(run.HasNext, Is.True);
            Assert.That(run.CompletedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
            Assert.That(run.AdditionalProperties!.ContainsKey("newTopLevel"), Is.True);
        });
    }

    [Test]
    public async Task GetRun_without_a_page_sends_no_query()
    {
        Server.Given(OctaveCall("GET", "/api/v2/runs/run_1")).RespondWith(Answer(200, """{"data":{"oId":"run_1","status":"queued"}}"""));

        var response = await Api.GetRunAsync("run_1");

        Assert.That(OnlyRequest.RawQuery, Is.Empty);
        Assert.That(response.Data!.Status, Is.EqualTo(OctaveRunStatus.Queued));
        Assert.That(response.Data.Status.IsTerminal, Is.False);
    }

    [TestCase("", "oId")]
    [TestCase("   ", "oId")]
    public void GetRun_rejects_a_blank_id_before_any_request(string oId, string field)
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() => Api.GetRunAsync(oId));

        Assert.That(error!.ParamName, Is.EqualTo(field));
        Assert.That(Requests, Is.Empty);
    }

    [Test]
    public void GetRun_rejects_an_id_over_64_characters_and_a_bad_page_before_any_request()
    {
        var tooLong = Assert.ThrowsAsync<ArgumentException>(() => Api.GetRunAsync("run_" + new string('x', 61)));
        var badLimit = Assert.CatchAsync<ArgumentException>(() => Api.GetRunAsync("run_1", new OctavePageRequest { Limit = 0 }));
        var badOffset = Assert.CatchAsync<ArgumentException>(() => Api.ListAgentsAsync(new OctavePageRequest { Offset = -1 }));

        Assert.Multiple(() =>
        {
            Assert.That(tooLong!.ParamName, Is.EqualTo("oId"));
            Assert.That(badLimit!.ParamName, Is.EqualTo("limit"));
            Assert.That(badOffset!.ParamName, Is.EqualTo("offset"));
            Assert.That(Requests, Is.Empty);
        });
    }

    [Test]
    public async Task ListAgentsAsync_walks_the_pages_by_offset_until_hasNext_is_false()
    {
        Server.Given(OctaveCall("GET", "/api/v2/agents/list").WithParam("limit", new ExactMatcher("2")).WithParam("offset", new ExactMatcher("0")))
            .RespondWith(Answer(200, """{"data":[{"oId":"ca_1","name":"One","type":"ENRICH_PERSON"},{"oId":"ca_2","name":"Two","color":"red"}],"hasNext":true}"""));
        Server.Given(OctaveCall("GET", "/api/v2/agents/list").WithParam("limit", new ExactMatcher("2")).WithParam("offset", new ExactMatcher("2")))
            .RespondWith(Answer(200, """{"data":[{"oId":"ca_3","name":"Three"}],"hasNext":false}"""));
        var client = new OctaveClient(Api);

        var agents = new List<OctaveAgentSummary>();
        await foreach (var agent in client.ListAgentsAsync(pageSize: 2))
        {
            agents.Add(agent);
        }

        Assert.Multiple(() =>
        {
            Assert.That(agents.Select(agent => agent.OId), Is.EqualTo(new[] { "ca_1", "ca_2", "ca_3" }));
            Assert.That(agents[0].Type, Is.EqualTo("ENRICH_PERSON"));
            Assert.That(agents[1].AdditionalProperties!.ContainsKey("color"), Is.True);
            Assert.That(Requests.Select(request => request.RawQuery), Is.EqualTo(new[] { "?limit=2&offset=0", "?limit=2&offset=2" }));
        });
    }

    [Test]
    public async Task ListAgentsAsync_stops_on_an_empty_page_even_when_hasNext_stays_true()
    {
        Server.Given(OctaveCall("GET", "/api/v2/agents/list").WithParam("offset", new ExactMatcher("0")))
            .RespondWith(Answer(200, """{"data":[{"oId":"ca_1"}],"hasNext":true}"""));
        Server.Given(OctaveCall("GET", "/api/v2/agents/list").WithParam("offset", new ExactMatcher("1")))
            .RespondWith(Answer(200, """{"data":[],"hasNext":true}"""));
        var client = new OctaveClient(Api);

        var count = 0;
        await foreach (var _ in client.ListAgentsAsync())
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(1));
        Assert.That(Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void ListAgentsAsync_rejects_a_page_size_below_one_before_any_request()
    {
        var client = new OctaveClient(Api);

        var error = Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in client.ListAgentsAsync(pageSize: 0))
            {
            }
        });

        Assert.That(error!.ParamName, Is.EqualTo("pageSize"));
        Assert.That(Requests, Is.Empty);
    }

    [Test]
    public async Task ListApiKeys_reads_a_page_and_the_facade_walks_it()
    {
        Server.Given(OctaveCall("GET", "/api/v2/api-key/list"))
            .RespondWith(Answer(200, """{"_metadata":{"requestId":"req_k"},"data":[{"oId":"key_1","name":"CI","createdAt":"2026-01-01T00:00:00Z","maskedKey":"sk_…abcd"}],"hasNext":false}"""));

        var page = await Api.ListApiKeysAsync();
        var all = new List<OctaveApiKeySummary>();
        await foreach (var key in new OctaveClient(Api).ListApiKeysAsync())
        {
            all.Add(key);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Requests[0].RawQuery, Is.Empty, "no page asked, no query sent");
            Assert.That(Requests[1].RawQuery, Is.EqualTo("?offset=0"));
            Assert.That(page.Data![0].Name, Is.EqualTo("CI"));
            Assert.That(page.Data[0].AdditionalProperties!.ContainsKey("maskedKey"), Is.True);
            Assert.That(page.HasNext, Is.False);
            Assert.That(all.Select(key => key.OId), Is.EqualTo(new[] { "key_1" }));
        });
    }

    [Test]
    public async Task GetCreditUsage_reads_the_figures()
    {
        Server.Given(OctaveCall("GET", "/api/v2/credits/usage"))
            .RespondWith(Answer(200, """{"data":{"used":120.5,"included":1000,"additional":50,"additionalUsed":0,"additionalRemaining":50,"remaining":929.5,"overage":0,"nextResetAt":"2026-02-01T00:00:00Z","plan":"pro"}}"""));

        var usage = await new OctaveClient(Api).GetCreditUsageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(usage.Used, Is.EqualTo(120.5m));
            Assert.That(usage.Included, Is.EqualTo(1000m));
            Assert.That(usage.Remaining, Is.EqualTo(929.5m));
            Assert.That(usage.AdditionalRemaining, Is.EqualTo(50m));
            Assert.That(usage.NextResetAt, Is.EqualTo(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(usage.AdditionalProperties!.ContainsKey("plan"), Is.True);
        });
    }

    [Test]
    public void GetCreditUsage_503_is_a_billing_unavailable_exception_on_the_facade_and_a_503_on_the_endpoint()
    {
        Server.Given(OctaveCall("GET", "/api/v2/credits/usage"))
            .RespondWith(Answer(503, """{"message":"Billing usage unavailable","_metadata":{"requestId":"req_503"}}"""));

        var typed = Assert.ThrowsAsync<OctaveBillingUnavailableException>(() => new OctaveClient(Api).GetCreditUsageAsync());
        var plain = Assert.ThrowsAsync<WorkflowApiException>(() => Api.GetCreditUsageAsync());

        Assert.Multiple(() =>
        {
            Assert.That(typed!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(typed.ApiMessage, Is.EqualTo("Billing usage unavailable"));
            Assert.That(typed.RequestId, Is.EqualTo("req_503"));
            Assert.That(typed.Message, Does.StartWith("Octave's billing data is unavailable right now"));
            Assert.That(typed.Message, Does.Not.Contain(ApiKey));
            Assert.That(plain, Is.Not.InstanceOf<OctaveBillingUnavailableException>());
            Assert.That(plain!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        });
    }

    [Test]
    public void GetCreditUsage_other_errors_stay_plain_api_errors()
    {
        Server.Given(OctaveCall("GET", "/api/v2/credits/usage")).RespondWith(Answer(401, """{"message":"Invalid API key"}"""));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => new OctaveClient(Api).GetCreditUsageAsync());

        Assert.That(error, Is.Not.InstanceOf<OctaveBillingUnavailableException>());
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void GetRun_on_the_facade_rejects_a_bad_id_without_a_network_call()
    {
        var client = new OctaveClient(Api);

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => client.GetRun(""))!.ParamName, Is.EqualTo("oId"));
            Assert.That(Assert.Throws<ArgumentException>(() => client.GetRun(new string('r', 65)))!.ParamName, Is.EqualTo("oId"));
            Assert.That(client.GetRun("run_1").State, Is.EqualTo(OctaveRunState.Pending));
            Assert.That(Requests, Is.Empty);
        });
    }
}
