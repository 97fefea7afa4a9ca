using System;
using System.Threading;
using System.Threading.Tasks;
using RestSharp;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>The same status call through RestSharp, with its default (System.Text.Json) serializer, as its docs show it.</summary>
internal sealed class RestSharpStatusClient : IDisposable
{
    private readonly RestClient _client;
    private readonly string _apiKey;

    public RestSharpStatusClient(Uri baseUrl, string apiKey)
    {
        _client = new RestClient(new RestClientOptions(baseUrl));
        _apiKey = apiKey;
    }

    public async Task<HandWrittenStatusEnvelope> GetWorkflowRunStatusAsync(string jobOId, CancellationToken cancellationToken = default)
    {
        var request = new RestRequest("api/v2/workflows/run/status")
            .AddQueryParameter("jobOId", jobOId)
            .AddHeader("api_key", _apiKey);
        return await _client.GetAsync<HandWrittenStatusEnvelope>(request, cancellationToken)
            ?? throw new InvalidOperationException("The status answer was empty.");
    }

    public void Dispose() => _client.Dispose();
}
