using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Tests.DependencyInjection;
using Octave.Interactly.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>
/// A redirect to another origin (a second WireMock.Net server on another port) never carries the <c>api_key</c> header
/// there, and never re-sends a job-starting POST there. Whether the SDK follows without the key or stops with an error
/// is its choice; what reaches the other origin is what is tested.
/// </summary>
public sealed class CrossOriginRedirectTests : WireMockTest
{
    private const string Validate = "/api/v2/api-key/validate";
    private const string RunWorkflow = "/api/v2/workflows/run";

    private WireMockServer _otherOrigin = null!;

    [OneTimeSetUp]
    public void StartOtherOrigin() => _otherOrigin = SharedWireMock.Start();

    [OneTimeTearDown]
    public void StopOtherOrigin()
    {
        _otherOrigin.Stop();
        _otherOrigin.Dispose();
    }

    [SetUp]
    public void AnswerEverythingAtTheOtherOrigin()
    {
        _otherOrigin.Reset();
        _otherOrigin.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Answer(200, """{"valid":true,"jobOId":"bsjob_other_origin","status":"pending"}"""));
    }

    [TestCase(307)]
    [TestCase(302)]
    [Category("TransportFaults")]
    public async Task A_GET_redirected_to_another_origin_does_not_take_the_key_there(int status)
    {
        RedirectToOtherOrigin("GET", Validate, status);
        await using var provider = TestClients.BuildFor(OctaveBaseUrl, NoRetries);

        await CallIgnoringApiErrors(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());

        AssertKeySentOnlyToTheOrigin(expectedMethod: "GET");
    }

    [TestCase(307)]
    [TestCase(302)]
    [Category("TransportFaults")]
    public async Task A_start_POST_redirected_to_another_origin_is_not_re_sent_there(int status)
    {
        RedirectToOtherOrigin("POST", RunWorkflow, status);
        await using var provider = TestClients.BuildFor(OctaveBaseUrl, NoRetries);

        await CallIgnoringApiErrors(() => provider.GetRequiredService<IOctaveApi>().RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich")));

        var atOtherOrigin = WireRequests.Received(_otherOrigin);
        Assert.That(atOtherOrigin.Where(r => r.Method == "POST"), Is.Empty, "the job-starting POST was re-sent to the other origin");
        AssertKeySentOnlyToTheOrigin(expectedMethod: "POST");
    }

    /// <summary>
    /// What is counted here is where the key and the POST went, not retries: a slow first answer on a loaded machine
    /// must not be retried into a second request at the origin.
    /// </summary>
    private static void NoRetries(WorkflowResilienceOptions resilience)
    {
        resilience.MaxRetryAttempts = 0;
        resilience.TotalTimeout = TimeSpan.FromSeconds(60);
        resilience.AttemptTimeout = TimeSpan.FromSeconds(60);
    }

    private void RedirectToOtherOrigin(string method, string path, int status) =>
        Server.Given(Exactly(method, path))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", _otherOrigin.Url + path));

    private void AssertKeySentOnlyToTheOrigin(string expectedMethod)
    {
        var atOrigin = Requests;
        var atOtherOrigin = WireRequests.Received(_otherOrigin);
        Assert.Multiple(() =>
        {
            Assert.That(atOrigin.Select(r => r.Method), Is.EqualTo(new[] { expectedMethod }), "the origin answered the one call with the redirect");
            Assert.That(Header(atOrigin[0], "api_key"), Is.EqualTo(TestClients.OctaveKey));
            Assert.That(atOtherOrigin.Where(r => HasHeader(r, "api_key")), Is.Empty, "the api_key header reached the other origin");
            Assert.That(
                atOtherOrigin.SelectMany(r => r.Headers!.Values.SelectMany(v => v)).Where(v => v.Contains(TestClients.OctaveKey, StringComparison.Ordinal)),
                Is.Empty,
                "the key reached the other origin in some header");
        });
    }

    /// <summary>Not following a redirect surfaces as a 3xx <see cref="WorkflowApiException"/>, which is a fine outcome here.</summary>
    private static async Task CallIgnoringApiErrors(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (WorkflowApiException error) when ((int)error.StatusCode is >= 300 and < 400)
        {
        }
    }
}
