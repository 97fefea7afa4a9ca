using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// The floor of any SDK built on Refit: the status call as a bare Refit interface, generated at build time, with
/// System.Text.Json source generation and the key as a static header; no validation, error mapping, size limit or
/// options. What the SDK costs beyond this is its own; what this costs beyond hand-written code is Refit's.
/// </summary>
public interface IRefitOnlyStatusApi
{
    /// <summary>The status of one workflow run.</summary>
    /// <param name="jobOId">The run's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer, read into the hand-written models.</returns>
    [Get("/api/v2/workflows/run/status")]
    [Headers("api_key: " + StatusCallFixture.ApiKey)]
    Task<HandWrittenStatusEnvelope> GetWorkflowRunStatusAsync([Query, AliasAs("jobOId")] string jobOId, CancellationToken cancellationToken = default);
}
