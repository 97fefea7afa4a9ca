using System;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Http.Handlers;
using Octave.Interactly.Sdk.Serialization;
using Octave.Interactly.Sdk.Validation;
using Refit;

namespace Octave.Interactly.Sdk.Http.Refit;

/// <summary>
/// One API's validated connection settings, and what the SDK builds from them: the Refit settings (source-generated
/// JSON, argument checks, exception mapping), the headers handler, and the generated endpoint implementation.
/// </summary>
internal sealed class ApiConnection
{
    private readonly Func<ApiHeadersHandler> _createHeadersHandler;
    private readonly JsonSerializerContext _json;

    private ApiConnection(
        WorkflowService service, Uri baseUrl, long maxResponseBytes, string apiKey, JsonSerializerContext json, Func<ApiHeadersHandler> createHeadersHandler)
    {
        Service = service;
        BaseUrl = baseUrl;
        MaxResponseBytes = maxResponseBytes;
        Redactor = new SecretRedactor(new[] { apiKey });
        _json = json;
        _createHeadersHandler = createHeadersHandler;
    }

    public WorkflowService Service { get; }

    public Uri BaseUrl { get; }

    public long MaxResponseBytes { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>Checks Octave's settings (<see cref="WorkflowServiceOptions.Validate"/>: the failure names the setting).</summary>
    public static ApiConnection ForOctave(OctaveOptions options)
    {
        Argument.NotNull(options, nameof(options)).Validate();
        var apiKey = options.ApiKey!;
        var baseUrl = options.BaseUrl;
        var requestSource = string.IsNullOrWhiteSpace(options.RequestSource) ? OctaveOptions.DefaultRequestSource : options.RequestSource;
        return new(
            WorkflowService.Octave, baseUrl, options.MaxResponseBytes, apiKey, OctaveJsonContext.Default, () => ApiHeadersHandler.ForOctave(apiKey, requestSource));
    }

    /// <summary>Checks Interactly's settings (<see cref="WorkflowServiceOptions.Validate"/>: the failure names the setting).</summary>
    public static ApiConnection ForInteractly(InteractlyOptions options)
    {
        Argument.NotNull(options, nameof(options)).Validate();
        var apiKey = options.ApiKey!;
        var baseUrl = options.BaseUrl;
        var apiVersion = Argument.NotEmpty(options.ApiVersion, "ApiVersion");
        var teamId = options.TeamId;
        var userId = options.UserId;
        return new(
            WorkflowService.Interactly,
            baseUrl,
            options.MaxResponseBytes,
            apiKey,
            InteractlyJsonContext.Default,
            () => ApiHeadersHandler.ForInteractly(apiKey, apiVersion, teamId, userId));
    }

    public ApiHeadersHandler CreateHeadersHandler() => _createHeadersHandler();

    public ResponseBufferingHandler CreateBufferingHandler() => new(CreateBodyReader());

    private ResponseBodyReader CreateBodyReader() => new(Service, MaxResponseBytes);

    /// <summary>Settings for Refit's generated implementation; never Refit's reflection path.</summary>
    public RefitSettings CreateRefitSettings(ILogger logger)
    {
        var errors = new ApiErrorMapper(Service, Redactor);
        var transport = new TransportErrorMapper(Service, logger);
        return new RefitSettings(new WorkflowJsonContentSerializer(_json), UrlParameterValidation.Instance)
        {
            // Bodies are bytes once built (WorkflowJsonContentSerializer), so Refit sends them without another copy.
            RequestBodySerialization = RequestBodySerializationMode.Buffered,
            Buffered = false,
            ExceptionFactory = errors.FromResponseAsync,
            DeserializationExceptionFactory = errors.FromUnreadableBody,
            TransportExceptionFactory = transport.Map,
        };
    }

    /// <summary>The generated implementation of <typeparamref name="TApi"/> over an HTTP client whose handlers are the SDK's.</summary>
    public TApi CreateApi<TApi>(HttpClient sdkClient, ILogger logger) => RestService.ForGenerated<TApi>(sdkClient, CreateRefitSettings(logger));

    /// <summary>
    /// An HTTP client for Refit that sends through the caller's own client, with the API's headers and the body read
    /// whole (<see cref="HttpClientForwardingHandler"/>). Used without dependency injection, where the SDK cannot add
    /// handlers to the caller's client.
    /// </summary>
    public HttpClient CreateClientOver(HttpClient callerClient)
    {
        var forwarding = new HttpClientForwardingHandler(Argument.NotNull(callerClient, "httpClient"), CreateHeadersHandler(), CreateBodyReader());
        return new HttpClient(forwarding, disposeHandler: true) { BaseAddress = BaseUrl, Timeout = Timeout.InfiniteTimeSpan };
    }
}
