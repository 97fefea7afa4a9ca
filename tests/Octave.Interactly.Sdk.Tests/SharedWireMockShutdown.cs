using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests;

/// <summary>Stops the shared WireMock.Net server after the last test of the assembly (it sits in the root namespace for that reason).</summary>
[SetUpFixture]
public sealed class SharedWireMockShutdown
{
    [OneTimeTearDown]
    public void Stop() => SharedWireMock.StopIfStarted();
}
