using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>The baseline Interactly turn: one POST to <c>/v1/workflows/{id}/execute</c> over HttpClient and System.Text.Json.</summary>
internal sealed class HandWrittenTurnClient
{
    private readonly HttpClient _httpClient;
    private readonly Uri _interactlyBaseUrl;
    private readonly AuthenticationHeaderValue _authorization;

    public HandWrittenTurnClient(HttpClient httpClient, Uri interactlyBaseUrl, string apiKey)
    {
        _httpClient = httpClient;
        _interactlyBaseUrl = interactlyBaseUrl;
        _authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public async Task<HandWrittenTurnResponse> SendAsync(string workflowId, string? runId, string userMessage, CancellationToken cancellationToken = default)
    {
        using var request = BuildRequest(workflowId, runId, userMessage);
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(stream, HandWrittenTurnJsonContext.Default.HandWrittenTurnResponse, cancellationToken)
            ?? throw new JsonException("The turn answer was JSON null.");
    }

    /// <summary>The same request; the answer parsed into one <see cref="JsonDocument"/> and its events read by hand.</summary>
    public async Task<HandWrittenDocumentTurn> SendForDocumentAsync(string workflowId, string? runId, string userMessage, CancellationToken cancellationToken = default)
    {
        using var request = BuildRequest(workflowId, runId, userMessage);
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);

        // Not disposed here: the turn owns it, since its events are views into it.
        var document = await JsonDocument.ParseAsync(stream, default, cancellationToken);
        return HandWrittenDocumentReader.Read(document);
    }

    private HttpRequestMessage BuildRequest(string workflowId, string? runId, string userMessage)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_interactlyBaseUrl, "v1/workflows/" + workflowId + "/execute"))
        {
            Content = JsonContent.Create(HandWrittenExecuteRequest.ForMessage(runId, userMessage), HandWrittenTurnJsonContext.Default.HandWrittenExecuteRequest),
        };
        request.Headers.Authorization = _authorization;
        return request;
    }
}
