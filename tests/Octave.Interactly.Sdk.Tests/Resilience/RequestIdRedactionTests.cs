using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Tests.DependencyInjection;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>
/// A server or proxy that echoes the API key as the request id (header or <c>_metadata.requestId</c>) must not get the
/// key into the exception: its request id, message and ToString are redacted like the body.
/// </summary>
public sealed class RequestIdRedactionTests : WireMockTest
{
    private const string Validate = "/api/v2/api-key/validate";
    private const string Key = TestClients.OctaveKey;

    public static IEnumerable<TestCaseData> Echoes()
    {
        yield return new TestCaseData(404, """{"message":"not found"}""", new Dictionary<string, string> { ["x-request-id"] = Key })
            .SetName("The key as the x-request-id header of an error");
        yield return new TestCaseData(404, """{"message":"not found"}""", new Dictionary<string, string> { ["x-request-id"] = "req-" + Key + "-1" })
            .SetName("The key inside the x-request-id header of an error");
        yield return new TestCaseData(404, """{"message":"not found","_metadata":{"requestId":"KEY"}}""".Replace("KEY", Key, StringComparison.Ordinal), new Dictionary<string, string>())
            .SetName("The key as _metadata.requestId of an error body");
        yield return new TestCaseData(200, """{"valid":""", new Dictionary<string, string> { ["x-request-id"] = Key })
            .SetName("The key as the x-request-id header of an unreadable success");
    }

    [TestCaseSource(nameof(Echoes))]
    [Category("TransportFaults")]
    public async Task A_request_id_echoing_the_key_is_redacted(int status, string body, Dictionary<string, string> headers)
    {
        Server.Given(Exactly("GET", Validate)).RespondWith(Answer(status, body, headers));
        await using var provider = TestClients.BuildFor(OctaveBaseUrl);

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That((int)error.StatusCode, Is.EqualTo(status), "the stubbed answer was the one read");
            Assert.That(error.RequestId ?? string.Empty, Does.Not.Contain(Key));
            Assert.That(error.Message, Does.Not.Contain(Key));
            Assert.That(error.ToString(), Does.Not.Contain(Key));
        });
    }
}
