using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Tests.Support;

/// <summary>
/// A fresh emulator per test, with the Interactly endpoint layer pointed at it: for tests whose stored state (runs,
/// workflows, versions, subscriptions) must not leak from one test into the next.
/// </summary>
public abstract class InteractlyEmulatorTest
{
    protected WorkflowEmulator Emulator { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected IInteractlyApi Api { get; private set; } = null!;

    [SetUp]
    public async Task StartEmulator()
    {
        Emulator = await WorkflowEmulator.StartAsync();
        Http = new HttpClient();
        Api = TestApis.Interactly(Http, new InteractlyOptions { ApiKey = "emulator-key", BaseUrl = Emulator.InteractlyBaseUrl });
    }

    [TearDown]
    public async Task StopEmulator()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
