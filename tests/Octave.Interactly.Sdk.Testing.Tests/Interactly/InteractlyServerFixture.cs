using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

/// <summary>One Interactly test server shared by every test of a class; each test starts its own runs.</summary>
public abstract class InteractlyServerFixture
{
    protected InteractlyTestServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServer() => Server = await InteractlyTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await Server.DisposeAsync();
}
