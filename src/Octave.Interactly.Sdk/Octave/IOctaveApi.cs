using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Http;
using Refit;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The Octave v2 API, one method per HTTP endpoint: a Refit interface whose implementation Refit's source generator
/// writes at build time (get one from <c>AddWorkflowClients</c> or <see cref="OctaveApi.Create"/>). Arguments are checked
/// while the request is built, before any I/O (<see cref="System.ArgumentException"/> naming the wire field); a
/// non-success answer throws <see cref="WorkflowApiException"/>; a job-starting POST whose answer was lost throws
/// <see cref="WorkflowOutcomeUnknownException"/>. For run-and-await and callbacks, use <c>OctaveClient</c> on top of it.
/// </summary>
public interface IOctaveApi
{
    /// <summary><c>POST /api/v2/workflows/run</c>: starts a workflow run (always asynchronous).</summary>
    /// <param name="request">The workflow, its callback URL and its entry-node inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The started job.</returns>
    [Post("/api/v2/workflows/run")]
    Task<RunWorkflowResponse> RunWorkflowAsync([Body] RunWorkflowRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/workflows/run/status?jobOId=</c>: a workflow run's progress.</summary>
    /// <param name="jobOId">The job id returned when the run started.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The run's counters and timestamps.</returns>
    [Get("/api/v2/workflows/run/status")]
    Task<WorkflowRunStatusResponse> GetWorkflowRunStatusAsync([Query, AliasAs("jobOId")] string jobOId, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/async/agent/run</c>: runs a saved agent in the background.</summary>
    /// <param name="request">The agent, its callback URL and inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The accepted run.</returns>
    [Post("/api/v2/async/agent/run")]
    Task<AgentRunAccepted> RunAgentAsync([Body] RunAgentRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/async/agent/run/status?requestId=</c>: an async agent run's state.</summary>
    /// <param name="requestId">The run id returned when the run started.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The result or error once done.</returns>
    [Get("/api/v2/async/agent/run/status")]
    Task<AgentRunStatusResponse> GetAgentRunStatusAsync([Query, AliasAs("requestId")] string requestId, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/async/headless/generate-emails</c>: generates an email sequence in the background.</summary>
    /// <param name="request">The sequence, offering and recipient.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The accepted run; poll it with <see cref="GetAgentRunStatusAsync"/>.</returns>
    [Post("/api/v2/async/headless/generate-emails")]
    Task<AgentRunAccepted> GenerateEmailsAsync([Body] GenerateEmailsRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/api-key/validate</c>: checks the configured API key.</summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Whether the key is valid.</returns>
    [Get("/api/v2/api-key/validate")]
    Task<ValidateApiKeyResponse> ValidateApiKeyAsync([Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/enrich-person/run</c>.</summary>
    /// <param name="request">The agent and the person.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    [Post("/api/v2/agents/enrich-person/run")]
    Task<OctaveAgentResponse> EnrichPersonAsync([Body] EnrichPersonRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/enrich-company/run</c>.</summary>
    /// <param name="request">The agent and the company.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadEnrichCompany"/> gives the typed view.</returns>
    [Post("/api/v2/agents/enrich-company/run")]
    Task<OctaveAgentResponse> EnrichCompanyAsync([Body] EnrichCompanyRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/qualify-person/run</c>.</summary>
    /// <param name="request">The agent and the person.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadQualification"/> gives the typed view.</returns>
    [Post("/api/v2/agents/qualify-person/run")]
    Task<OctaveAgentResponse> QualifyPersonAsync([Body] QualifyPersonRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/qualify-company/run</c>.</summary>
    /// <param name="request">The agent and the company.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadQualification"/> gives the typed view.</returns>
    [Post("/api/v2/agents/qualify-company/run")]
    Task<OctaveAgentResponse> QualifyCompanyAsync([Body] QualifyCompanyRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/generate-content/run</c> (Content Agent).</summary>
    /// <param name="request">The agent or experiment and the inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    [Post("/api/v2/agents/generate-content/run")]
    Task<OctaveAgentResponse> GenerateContentAsync([Body] GenerateContentRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/sequence/run</c> (Sequence Agent).</summary>
    /// <param name="request">Exactly one of agent or experiment, and the inputs.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    [Post("/api/v2/agents/sequence/run")]
    Task<OctaveAgentResponse> RunSequenceAgentAsync([Body] SequenceAgentRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/prospector/run</c>.</summary>
    /// <param name="request">The agent and what to look for.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer.</returns>
    [Post("/api/v2/agents/prospector/run")]
    Task<OctaveAgentResponse> RunProspectorAsync([Body] ProspectorRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v2/agents/context/run</c>.</summary>
    /// <param name="request">The agent and the query (or a string runtime context).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The agent's answer; <see cref="OctaveAgentResponse.ReadContext"/> gives the typed view.</returns>
    [Post("/api/v2/agents/context/run")]
    Task<OctaveAgentResponse> RunContextAgentAsync([Body] ContextAgentRequest request, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /api/v2/runs/{oId}</c> (Runs API): a run's status (<c>queued</c>, <c>running</c>, <c>succeeded</c>,
    /// <c>partial</c>, <c>failed</c>, <c>cancelled</c>), counts, credits and one page of its items with their outputs.
    /// Octave advises polling every 10-30 s; <c>OctaveClient.GetRun</c> gives a handle that waits with the SDK's polling.
    /// </summary>
    /// <param name="oId">The run, e.g. <c>run_…</c>: 1 to 64 characters.</param>
    /// <param name="items">
    /// Which page of items to return; null for the server's default. The query names of the item page are not published:
    /// <c>limit</c>/<c>offset</c> are sent, as on Octave's other lists.
    /// </param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The run.</returns>
    [Get("/api/v2/runs/{oId}")]
    Task<OctaveRunResponse> GetRunAsync([AliasAs("oId")] string oId, [Query, QueryConverter(typeof(OctavePageQuery))] OctavePageRequest? items = null, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/agents/list?limit=&amp;offset=</c>: one page of the workspace's agents.</summary>
    /// <param name="page">The page; null for the server's default (the first 10).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page and whether another follows; <c>OctaveClient.ListAgentsAsync</c> walks every page.</returns>
    [Get("/api/v2/agents/list")]
    Task<OctaveAgentList> ListAgentsAsync([Query, QueryConverter(typeof(OctavePageQuery))] OctavePageRequest? page = null, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /api/v2/api-key/list?limit=&amp;offset=</c>: one page of the workspace's API keys (1000 requests/minute).</summary>
    /// <param name="page">The page; null for the server's default (the first 10).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page and whether another follows; <c>OctaveClient.ListApiKeysAsync</c> walks every page.</returns>
    [Get("/api/v2/api-key/list")]
    Task<OctaveApiKeyList> ListApiKeysAsync([Query, QueryConverter(typeof(OctavePageQuery))] OctavePageRequest? page = null, [Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /api/v2/credits/usage</c>: the subscription's credit usage this period (unmetered). When Octave cannot read
    /// its billing data it answers 503, which this method throws as <see cref="WorkflowApiException"/> with
    /// <see cref="WorkflowApiException.StatusCode"/> 503 (after the usual GET retries);
    /// <c>OctaveClient.GetCreditUsageAsync</c> throws <see cref="OctaveBillingUnavailableException"/> instead.
    /// </summary>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The usage.</returns>
    [Get("/api/v2/credits/usage")]
    Task<CreditUsageResponse> GetCreditUsageAsync([Property(RequestFacts.RequestOptionsKey)] WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default);
}
