using System;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>The streaming alternative to the one-POST-per-turn sessions.</summary>
public partial class InteractlyClient
{
    private readonly InteractlyRunStreamClient? _streaming;

    /// <summary>
    /// Starts the conversation over <c>WS /v1/workflow-runs/ws</c> instead of the HTTP turn protocol, for when you
    /// want each event as it happens: the first frame is built from <paramref name="options"/> as
    /// <see cref="StartSessionAsync"/> builds its first turn. Available on a client created from
    /// <see cref="InteractlyOptions"/> or registered by <c>AddWorkflowClients</c>; over an <see cref="IInteractlyApi"/>
    /// alone, create an <see cref="InteractlyRunStreamClient"/> yourself.
    /// </summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="options">What the first frame sends.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The open stream; read it with <see cref="InteractlyStreamedRun.ReadEventsAsync"/>.</returns>
    /// <exception cref="InvalidOperationException">The client was created over an <see cref="IInteractlyApi"/> alone, without connection settings.</exception>
    public virtual Task<InteractlyStreamedRun> StartStreamingSessionAsync(
        string workflowId, StartSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var streaming = _streaming ?? throw new InvalidOperationException(
            "This InteractlyClient was created over an IInteractlyApi without connection settings; create an InteractlyRunStreamClient from InteractlyOptions to stream.");
        return streaming.StartSessionAsync(workflowId, options, cancellationToken);
    }
}
