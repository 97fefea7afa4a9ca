using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// The floor of any SDK built on Refit, for the execute turn: the call as a bare Refit interface, generated at build
/// time, with System.Text.Json source generation, the hand-written models and the key as a static header; no
/// validation, error mapping, size limit, typed events or options.
/// </summary>
public interface IRefitOnlyTurnApi
{
    /// <summary>Executes one turn.</summary>
    /// <param name="workflowId">The workflow.</param>
    /// <param name="request">The turn's input, in the hand-written model.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer, read into the hand-written model.</returns>
    [Post("/v1/workflows/{workflowId}/execute")]
    [Headers("Authorization: Bearer " + TurnClients.ApiKey)]
    Task<HandWrittenTurnResponse> ExecuteAsync(string workflowId, [Body] HandWrittenExecuteRequest request, CancellationToken cancellationToken = default);
}
