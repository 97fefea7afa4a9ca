using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Http;
using Octave.Interactly.Sdk.Serialization;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The Interactly endpoints over an <see cref="HttpClient"/>. Thin by design: check arguments, build the call,
/// send it through the shared request sender, return the model. Thread-safe; register it as a singleton or a
/// typed client.
/// </summary>
public sealed class InteractlyApi : IInteractlyApi
{
    private const string ExecuteRoute = "/v1/workflows/{workflow_id}/execute";
    private const string PumpRoute = "/v1/workflows/{workflow_id}/runs/{run_id}/pump-companions";
    private const string ListRunsRoute = "/v1/workflow-runs";
    private const string GetRunRoute = "/v1/workflow-runs/{workflow_run_id}";

    private readonly ApiRequestSender _sender;

    /// <summary>Creates the endpoint layer.</summary>
    /// <param name="httpClient">The client to send with; its handlers (resilience, logging) apply to every call.</param>
    /// <param name="options">Connection settings; read once here, so later changes to the object have no effect.</param>
    /// <exception cref="ArgumentException"><c>ApiKey</c> is missing, or <c>BaseUrl</c> is not HTTPS (or loopback HTTP).</exception>
    public InteractlyApi(HttpClient httpClient, InteractlyOptions options)
    {
        Argument.NotNull(httpClient, nameof(httpClient));
        Argument.NotNull(options, nameof(options));
        var apiKey = Argument.NotEmpty(options.ApiKey, nameof(options.ApiKey));
        var baseUrl = Argument.SecureUrl(Argument.NotNull(options.BaseUrl, nameof(options.BaseUrl)), nameof(options.BaseUrl));
        var apiVersion = Argument.NotEmpty(options.ApiVersion, nameof(options.ApiVersion));
        var teamId = options.TeamId;
        var userId = options.UserId;
        var authorization = new AuthenticationHeaderValue("Bearer", apiKey);

        void AddHeaders(HttpRequestMessage request)
        {
            request.Headers.Authorization = authorization;
            request.Headers.TryAddWithoutValidation("X-Interactly-API-Version", apiVersion);
            if (!string.IsNullOrEmpty(teamId))
            {
                request.Headers.TryAddWithoutValidation("teamid", teamId);
            }

            if (!string.IsNullOrEmpty(userId))
            {
                request.Headers.TryAddWithoutValidation("uuid", userId);
            }
        }

        _sender = new ApiRequestSender(
            httpClient,
            WorkflowService.Interactly,
            baseUrl,
            AddHeaders,
            new SecretRedactor(new[] { apiKey }),
            options.MaxResponseBytes);
    }

    /// <inheritdoc />
    public Task<InteractiveRunResponse> ExecuteAsync(
        string workflowId,
        ExecuteWorkflowRequest request,
        int? version = null,
        WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Argument.ObjectId(workflowId, nameof(workflowId));
        Argument.NotNegative(version, nameof(version));
        Argument.NotNull(request, nameof(request));
        var input = Argument.NotNull(request.RunInput, "run_input");
        if (request.RunId is not null)
        {
            Argument.NotEmpty(request.RunId, "run_id");
        }

        if (input.ThreadToNodeInputs is null || !input.ThreadToNodeInputs.ContainsKey(WorkflowRunInput.MainThreadId))
        {
            // The server answers "Found 0 threads in workflow input"; say so before sending.
            throw InvalidField("thread_to_node_inputs", "thread_to_node_inputs must contain the main thread \"0\" (it may have no node inputs).");
        }

        var call = ApiCall.Post(
                ExecuteRoute,
                "/v1/workflows/" + Uri.EscapeDataString(workflowId) + "/execute",
                request,
                InteractlyJsonContext.Default.ExecuteWorkflowRequest,
                startsWork: true)
            .WithQuery("version", version?.ToString(CultureInfo.InvariantCulture))
            .WithOptions(options);
        return _sender.SendAsync(call, InteractlyJsonContext.Default.InteractiveRunResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<InteractiveRunResponse> PumpCompanionsAsync(
        string workflowId,
        string runId,
        WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Argument.ObjectId(workflowId, nameof(workflowId));
        Argument.NotEmpty(runId, nameof(runId));
        var call = ApiCall.Post(
                PumpRoute,
                "/v1/workflows/" + Uri.EscapeDataString(workflowId) + "/runs/" + Uri.EscapeDataString(runId) + "/pump-companions",
                EmptyBody.Instance,
                InteractlyJsonContext.Default.EmptyBody,
                startsWork: true)
            .WithOptions(options);
        return _sender.SendAsync(call, InteractlyJsonContext.Default.InteractiveRunResponse, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WorkflowRunList> ListRunsAsync(
        ListWorkflowRunsRequest? request = null,
        WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var call = ApiCall.Get(ListRunsRoute, ListRunsRoute).WithOptions(options);
        if (request is not null)
        {
            AddListQuery(call, request);
        }

        return _sender.SendAsync(call, InteractlyJsonContext.Default.WorkflowRunList, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WorkflowRunRecordResponse> GetRunAsync(
        string workflowRunId,
        WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Argument.NotEmpty(workflowRunId, nameof(workflowRunId));
        var call = ApiCall.Get(GetRunRoute, ListRunsRoute + "/" + Uri.EscapeDataString(workflowRunId)).WithOptions(options);
        return _sender.SendAsync(call, InteractlyJsonContext.Default.WorkflowRunRecordResponse, cancellationToken);
    }

    private static ArgumentException InvalidField(string field, string message) => new(message, field);

    private static void AddListQuery(ApiCall call, ListWorkflowRunsRequest request)
    {
        if (request.Page is { } page)
        {
            Argument.InRange(page, 1, int.MaxValue, "page");
        }

        if (request.Size is { } size)
        {
            Argument.InRange(size, 1, int.MaxValue, "size");
        }

        if (request.WorkflowId is not null)
        {
            Argument.ObjectId(request.WorkflowId, "workflow_id");
        }

        Argument.NotNegative(request.SourceTurnIndex, "source_turn_index");

        call.WithQuery("page", request.Page?.ToString(CultureInfo.InvariantCulture))
            .WithQuery("size", request.Size?.ToString(CultureInfo.InvariantCulture))
            .WithQuery("search", request.Search)
            .WithQuery("start", request.Start?.ToString("O", CultureInfo.InvariantCulture))
            .WithQuery("end", request.End?.ToString("O", CultureInfo.InvariantCulture))
            .WithQuery("workflow_id", request.WorkflowId)
            .WithQuery("status", request.Status?.Value)
            .WithQuery("source_workflow_run_id", request.SourceWorkflowRunId)
            .WithQuery("source_turn_index", request.SourceTurnIndex?.ToString(CultureInfo.InvariantCulture));
        if (request.AdditionalFilters is not null)
        {
            foreach (KeyValuePair<string, string> filter in request.AdditionalFilters)
            {
                call.WithQuery(Argument.NotEmpty(filter.Key, "AdditionalFilters"), filter.Value);
            }
        }
    }
}
