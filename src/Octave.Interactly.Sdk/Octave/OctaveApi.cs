using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Http;
using Octave.Interactly.Sdk.Serialization;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// <see cref="IOctaveApi"/> over <see cref="HttpClient"/>. Thin by design: validate, build the request, send,
/// map the answer. Thread-safe. With dependency injection, register it through <c>AddWorkflowClients</c>;
/// without, pass any <see cref="HttpClient"/> (its <c>BaseAddress</c> is not used: <see cref="OctaveOptions.BaseUrl"/> is).
/// </summary>
public sealed class OctaveApi : IOctaveApi
{
    private readonly ApiRequestSender _sender;

    /// <summary>Creates the endpoint layer.</summary>
    /// <param name="httpClient">The client to send through; its handlers (resilience, logging) apply.</param>
    /// <param name="options">The API key, base URL and request source.</param>
    public OctaveApi(HttpClient httpClient, OctaveOptions options)
    {
        Argument.NotNull(httpClient, nameof(httpClient));
        Argument.NotNull(options, nameof(options));
        var apiKey = Argument.NotEmpty(options.ApiKey, "Octave.ApiKey");
        var baseUrl = Argument.SecureUrl(Argument.NotNull(options.BaseUrl, "Octave.BaseUrl"), "Octave.BaseUrl");
        var requestSource = string.IsNullOrWhiteSpace(options.RequestSource) ? OctaveOptions.DefaultRequestSource : options.RequestSource;

        _sender = new ApiRequestSender(
            httpClient,
            WorkflowService.Octave,
            baseUrl,
            request =>
            {
                request.Headers.TryAddWithoutValidation("api_key", apiKey);
                request.Headers.TryAddWithoutValidation("x-request-source", requestSource);
            },
            new SecretRedactor(new[] { apiKey }),
            options.MaxResponseBytes);
    }

    /// <inheritdoc />
    public Task<RunWorkflowResponse> RunWorkflowAsync(RunWorkflowRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        Argument.NotEmpty(request.WorkflowOId, "workflowOId");
        Argument.CallbackUrl(request.CallbackUrl, "callbackUrl");
        foreach (var key in request.Inputs.Keys)
        {
            if (key is "workflowOId" or "callbackUrl")
            {
                throw Argument.Invalid("inputs", $"Inputs must not contain '{key}': set it on the request's own property.");
            }
        }

        const string route = "/api/v2/workflows/run";
        return SendAsync(
            ApiCall.Post(route, route, request, OctaveJsonContext.Default.RunWorkflowRequest, startsWork: true),
            options,
            OctaveJsonContext.Default.RunWorkflowResponse,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<WorkflowRunStatusResponse> GetWorkflowRunStatusAsync(string jobOId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotEmpty(jobOId, nameof(jobOId));
        const string route = "/api/v2/workflows/run/status";
        return SendAsync(ApiCall.Get(route, route).WithQuery("jobOId", jobOId), options, OctaveJsonContext.Default.WorkflowRunStatusResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<AgentRunAccepted> RunAgentAsync(RunAgentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        Argument.NotEmpty(request.AgentOId, "agentOId");
        Argument.CallbackUrl(Argument.NotEmpty(request.CallbackUrl, "callbackUrl"), "callbackUrl");
        const string route = "/api/v2/async/agent/run";
        return SendAsync(
            ApiCall.Post(route, route, request, OctaveJsonContext.Default.RunAgentRequest, startsWork: true),
            options,
            OctaveJsonContext.Default.AgentRunAccepted,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<AgentRunStatusResponse> GetAgentRunStatusAsync(string requestId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotEmpty(requestId, nameof(requestId));
        const string route = "/api/v2/async/agent/run/status";
        return SendAsync(ApiCall.Get(route, route).WithQuery("requestId", requestId), options, OctaveJsonContext.Default.AgentRunStatusResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<AgentRunAccepted> GenerateEmailsAsync(GenerateEmailsRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        Argument.CallbackUrl(Argument.NotEmpty(request.CallbackUrl, "callbackUrl"), "callbackUrl");
        Argument.InRange(Argument.NotNull(request.Sequence, "sequence").Steps, 1, 7, "sequence.steps");
        Argument.NotEmpty(Argument.NotNull(request.Offering, "offering").Url, "offering.url");
        Argument.NotEmpty(request.Offering.Name, "offering.name");
        Argument.NotEmpty(Argument.NotNull(request.Recipient, "recipient").FirstName, "recipient.firstName");
        Argument.NotEmpty(request.Recipient.CompanyName, "recipient.companyName");
        Argument.NotEmpty(request.Recipient.CompanyDomain, "recipient.companyDomain");
        const string route = "/api/v2/async/headless/generate-emails";
        return SendAsync(
            ApiCall.Post(route, route, request, OctaveJsonContext.Default.GenerateEmailsRequest, startsWork: true),
            options,
            OctaveJsonContext.Default.AgentRunAccepted,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ValidateApiKeyResponse> ValidateApiKeyAsync(WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        const string route = "/api/v2/api-key/validate";
        return SendAsync(ApiCall.Get(route, route), options, OctaveJsonContext.Default.ValidateApiKeyResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OctaveAgentResponse> EnrichPersonAsync(EnrichPersonRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        RunSyncAgentAsync("enrich-person", RequireAgent(request), OctaveJsonContext.Default.EnrichPersonRequest, options, cancellationToken);

    /// <inheritdoc />
    public Task<OctaveAgentResponse> EnrichCompanyAsync(EnrichCompanyRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        RunSyncAgentAsync("enrich-company", RequireAgent(request), OctaveJsonContext.Default.EnrichCompanyRequest, options, cancellationToken);

    /// <inheritdoc />
    public Task<OctaveAgentResponse> QualifyPersonAsync(QualifyPersonRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        RunSyncAgentAsync("qualify-person", RequireAgent(request), OctaveJsonContext.Default.QualifyPersonRequest, options, cancellationToken);

    /// <inheritdoc />
    public Task<OctaveAgentResponse> QualifyCompanyAsync(QualifyCompanyRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        RunSyncAgentAsync("qualify-company", RequireAgent(request), OctaveJsonContext.Default.QualifyCompanyRequest, options, cancellationToken);

    /// <inheritdoc />
    public Task<OctaveAgentResponse> GenerateContentAsync(GenerateContentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        if (string.IsNullOrWhiteSpace(request.AgentOId) && string.IsNullOrWhiteSpace(request.ExperimentOId))
        {
            throw Argument.Invalid("agentOId", "agentOId or experimentOId is required.");
        }

        return RunSyncAgentAsync("generate-content", request, OctaveJsonContext.Default.GenerateContentRequest, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OctaveAgentResponse> RunSequenceAgentAsync(SequenceAgentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        if (string.IsNullOrWhiteSpace(request.AgentOId) == string.IsNullOrWhiteSpace(request.ExperimentOId))
        {
            throw Argument.Invalid("agentOId", "Exactly one of agentOId and experimentOId must be set.");
        }

        return RunSyncAgentAsync("sequence", request, OctaveJsonContext.Default.SequenceAgentRequest, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OctaveAgentResponse> RunProspectorAsync(ProspectorRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNegative(RequireAgent(request).Limit, "limit");
        return RunSyncAgentAsync("prospector", request, OctaveJsonContext.Default.ProspectorRequest, options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OctaveAgentResponse> RunContextAgentAsync(ContextAgentRequest request, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequireAgent(request);
        var hasStringContext = request.RuntimeContext is { ValueKind: JsonValueKind.String } context && !string.IsNullOrWhiteSpace(context.GetString());
        if (string.IsNullOrWhiteSpace(request.Query) && !hasStringContext)
        {
            throw Argument.Invalid("query", "query is required unless runtimeContext is a non-empty string.");
        }

        return RunSyncAgentAsync("context", request, OctaveJsonContext.Default.ContextAgentRequest, options, cancellationToken);
    }

    private static T RequireAgent<T>(T request)
        where T : OctaveAgentRequest
    {
        Argument.NotNull(request, nameof(request));
        Argument.NotEmpty(request.AgentOId, "agentOId");
        return request;
    }

    private Task<OctaveAgentResponse> RunSyncAgentAsync<TRequest>(
        string agent, TRequest request, JsonTypeInfo<TRequest> requestType, WorkflowRequestOptions? options, CancellationToken cancellationToken)
    {
        var path = "/api/v2/agents/" + agent + "/run";

        // Synchronous agents return their answer in the response; they start no background job.
        return SendAsync(ApiCall.Post(path, path, request, requestType, startsWork: false), options, OctaveJsonContext.Default.OctaveAgentResponse, cancellationToken);
    }

    private Task<TResponse> SendAsync<TResponse>(ApiCall call, WorkflowRequestOptions? options, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken) =>
        _sender.SendAsync(call.WithOptions(options), responseType, cancellationToken);
}
