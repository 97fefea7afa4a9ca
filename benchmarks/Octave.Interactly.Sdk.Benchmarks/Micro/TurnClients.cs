using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>The SDK and the hand-written Interactly clients over one transport, and the calls the benchmarks make.</summary>
internal sealed class TurnClients : IDisposable
{
    public const string ApiKey = "bench-key";
    public const string WorkflowId = "6a11c0de0000000000000002";

    private readonly HttpClient _sdkHttp;
    private readonly HttpClient _handWrittenHttp;
    private readonly HttpClient _refitOnlyHttp;

    public TurnClients(Func<HttpMessageHandler> transport, Uri interactlyBaseUrl)
    {
        _sdkHttp = new HttpClient(transport());
        _handWrittenHttp = new HttpClient(transport());
        Sdk = InteractlyApi.Create(_sdkHttp, new InteractlyOptions { ApiKey = ApiKey, BaseUrl = interactlyBaseUrl });
        HandWritten = new HandWrittenTurnClient(_handWrittenHttp, interactlyBaseUrl, ApiKey);
        _refitOnlyHttp = new HttpClient(transport());
        RefitOnly = RefitOnlyClient.Create<IRefitOnlyTurnApi>(_refitOnlyHttp, interactlyBaseUrl, HandWrittenTurnJsonContext.Default);
    }

    public IInteractlyApi Sdk { get; }

    public HandWrittenTurnClient HandWritten { get; }

    public IRefitOnlyTurnApi RefitOnly { get; }

    /// <summary>A turn through the SDK's endpoint layer: a first turn when <paramref name="runId"/> is null, else a later one.</summary>
    public Task<InteractiveRunResponse> SdkTurnAsync(string? runId, string message)
    {
        var input = WorkflowRunInput.ForUserMessage(runId is null ? WorkflowCommand.Start : WorkflowCommand.Data, message);
        return Sdk.ExecuteAsync(WorkflowId, new ExecuteWorkflowRequest { RunId = runId, RunInput = input });
    }

    public Task<HandWrittenTurnResponse> HandWrittenTurnAsync(string? runId, string message) => HandWritten.SendAsync(WorkflowId, runId, message);

    /// <summary>The same turn through a bare Refit interface and the hand-written models: the floor of a Refit-based client.</summary>
    public Task<HandWrittenTurnResponse> RefitOnlyTurnAsync(string? runId, string message) =>
        RefitOnly.ExecuteAsync(WorkflowId, HandWrittenExecuteRequest.ForMessage(runId, message));

    /// <summary>The same turn by hand, its answer read as one <see cref="System.Text.Json.JsonDocument"/> walked field by field.</summary>
    public Task<HandWrittenDocumentTurn> HandWrittenDocumentTurnAsync(string? runId, string message) => HandWritten.SendForDocumentAsync(WorkflowId, runId, message);

    public void Dispose()
    {
        _sdkHttp.Dispose();
        _handWrittenHttp.Dispose();
        _refitOnlyHttp.Dispose();
    }
}
