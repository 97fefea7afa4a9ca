using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The Octave v2 API, one method per HTTP endpoint. Methods validate their arguments before any I/O
/// (<see cref="System.ArgumentException"/> naming the field) and throw <see cref="WorkflowApiException"/> for a
/// non-success answer. For run-and-await and callbacks, use <c>OctaveClient</c> on top of this interface.
/// </summary>
public interface IOctaveApi
{
    /// <summary><c>POST /api/v2/workflows/run</c>: starts a workflow run (always asynchronous).</summary>
    /// <param name="request">The workflow, its callback URL and its entry-node inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The started job.</returns>
    Task<RunWorkflowResponse> RunWorkflowAsync(RunWorkflowRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/workflows/run/status?jobOId=</c>: a workflow run's progress.</summary>
    /// <param name="jobOId">The job id returned when the run started.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The run's counters and timestamps.</returns>
    Task<WorkflowRunStatusResponse> GetWorkflowRunStatusAsync(string jobOId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/async/agent/run</c>: runs a saved agent in the background.</summary>
    /// <param name="request">The agent, its callback URL and inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The accepted run.</returns>
    Task<AgentRunAccepted> RunAgentAsync(RunAgentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/async/agent/run/status?requestId=</c>: an async agent run's state.</summary>
    /// <param name="requestId">The run id returned when the run started.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result or error once done.</returns>
    Task<AgentRunStatusResponse> GetAgentRunStatusAsync(string requestId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/async/headless/generate-emails</c>: generates an email sequence in the background.</summary>
    /// <param name="request">The sequence, offering and recipient.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The accepted run; poll it with <see cref="GetAgentRunStatusAsync"/>.</returns>
    Task<AgentRunAccepted> GenerateEmailsAsync(GenerateEmailsRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/api-key/validate</c>: checks the configured API key.</summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether the key is valid.</returns>
    Task<ValidateApiKeyResponse> ValidateApiKeyAsync(WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/enrich-person/run</c>.</summary>
    /// <param name="request">The agent and the person.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    Task<OctaveAgentResponse> EnrichPersonAsync(EnrichPersonRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/enrich-company/run</c>.</summary>
    /// <param name="request">The agent and the company.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadEnrichCompany"/> gives the typed view.</returns>
    Task<OctaveAgentResponse> EnrichCompanyAsync(EnrichCompanyRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/qualify-person/run</c>.</summary>
    /// <param name="request">The agent and the person.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadQualification"/> gives the typed view.</returns>
    Task<OctaveAgentResponse> QualifyPersonAsync(QualifyPersonRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/qualify-company/run</c>.</summary>
    /// <param name="request">The agent and the company.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadQualification"/> gives the typed view.</returns>
    Task<OctaveAgentResponse> QualifyCompanyAsync(QualifyCompanyRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/generate-content/run</c> (Content Agent).</summary>
    /// <param name="request">The agent or experiment and the inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    Task<OctaveAgentResponse> GenerateContentAsync(GenerateContentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/sequence/run</c> (Sequence Agent).</summary>
    /// <param name="request">Exactly one of agent or experiment, and the inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    Task<OctaveAgentResponse> RunSequenceAgentAsync(SequenceAgentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/prospector/run</c>.</summary>
    /// <param name="request">The agent and what to look for.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    Task<OctaveAgentResponse> RunProspectorAsync(ProspectorRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/context/run</c>.</summary>
    /// <param name="request">The agent and the query (or a string runtime context).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadContext"/> gives the typed view.</returns>
    Task<OctaveAgentResponse> RunContextAgentAsync(ContextAgentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);
}
