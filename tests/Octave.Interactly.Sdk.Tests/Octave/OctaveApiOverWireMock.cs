using System.Net.Http;
using Octave.Interactly.Sdk.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace Octave.Interactly.Sdk.Tests.Octave;

/// <summary>An Octave endpoint layer pointed at the shared WireMock.Net server, reset before each test.</summary>
public abstract class OctaveApiOverWireMock : WireMockTest
{
    protected const string ApiKey = "octave-test-key-1234";

    protected HttpClient Http { get; private set; } = null!;

    protected IOctaveApi Api { get; private set; } = null!;

    [OneTimeSetUp]
    public void CreateApi()
    {
        Http = new HttpClient();
        Api = TestApis.Octave(Http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = OctaveBaseUrl });
    }

    [OneTimeTearDown]
    public void DisposeHttp() => Http.Dispose();

    /// <summary>
    /// Matches a call to this method and path that carries exactly the headers every Octave call must carry:
    /// the key, the SDK's request source and a JSON Accept.
    /// </summary>
    protected static IRequestBuilder OctaveCall(string method, string path, string? requestSource = null) =>
        Exactly(method, path)
            .WithHeader("api_key", new ExactMatcher(ApiKey))
            .WithHeader("x-request-source", new ExactMatcher(requestSource ?? "dotnet-sdk/" + SdkInfo.Version))
            .WithHeader("Accept", new ExactMatcher("application/json"));
}
