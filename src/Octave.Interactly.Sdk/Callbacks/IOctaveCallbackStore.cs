using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Callbacks kept outside this process (for example in Redis), shared by every instance of a service. An
/// <see cref="OctaveRunCompletionRegistry"/> built with a store asks it when a wait starts and the process itself
/// has not seen the run's callback, so a wait that starts on another instance, or after a restart, still ends
/// without polling.
/// </summary>
public interface IOctaveCallbackStore
{
    /// <summary>Looks up the stored callback of a run.</summary>
    /// <param name="runId">The run id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The callback, or null when none is stored.</returns>
    ValueTask<OctaveCallback?> FindAsync(string runId, CancellationToken cancellationToken = default);
}
