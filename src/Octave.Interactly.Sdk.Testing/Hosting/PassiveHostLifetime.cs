using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// The emulator always runs inside someone else's process (a test run, or the workflow-emulator tool, which handles
/// signals itself): unlike the default console lifetime, this one does not take over Ctrl+C or SIGTERM.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
