using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Used when the emulator runs inside someone else's process (a test run): unlike the default
/// console lifetime it does not take over Ctrl+C or SIGTERM of the host process.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
