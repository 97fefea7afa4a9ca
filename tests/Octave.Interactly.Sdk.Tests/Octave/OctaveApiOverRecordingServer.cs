using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Octave;

/// <summary>An <see cref="OctaveApi"/> pointed at a fresh recording server for each test.</summary>
public abstract class OctaveApiOverRecordingServer
{
    protected const string ApiKey = "octave-test-key-1234";

    protected RecordingServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected IOctaveApi Api { get; private set; } = null!;

    [SetUp]
    public async Task StartServer()
    {
        Server = await RecordingServer.StartAsync();
        Http = new HttpClient();
        Api = OctaveApi.Create(Http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = Server.BaseUrl });
    }

    [TearDown]
    public async Task StopServer()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
