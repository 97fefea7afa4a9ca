using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// The baseline: the status call written by hand over <see cref="HttpClient"/> and System.Text.Json, with the
/// headers Octave expects and a status-code check, and none of the SDK's validation or error mapping.
/// </summary>
internal sealed class HandWrittenStatusClient
{
    private readonly HttpClient _httpClient;
    private readonly string _statusUrl;
    private readonly string _apiKey;

    public HandWrittenStatusClient(HttpClient httpClient, Uri baseUrl, string apiKey)
    {
        _httpClient = httpClient;
        _statusUrl = new Uri(baseUrl, "api/v2/workflows/run/status?jobOId=").AbsoluteUri;
        _apiKey = apiKey;
    }

    public async Task<HandWrittenStatusEnvelope> GetWorkflowRunStatusAsync(string jobOId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _statusUrl + Uri.EscapeDataString(jobOId));
        request.Headers.TryAddWithoutValidation("api_key", _apiKey);
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(body, HandWrittenJsonContext.Default.HandWrittenStatusEnvelope, cancellationToken)
            ?? throw new JsonException("The status answer was JSON null.");
    }
}
