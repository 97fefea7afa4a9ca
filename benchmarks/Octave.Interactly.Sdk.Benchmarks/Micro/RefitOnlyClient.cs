using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// Creates a bare Refit interface (<see cref="IRefitOnlyStatusApi"/>, <see cref="IRefitOnlyTurnApi"/>) the way
/// Refit's documentation shows: its generated implementation over the given client, reading and writing the
/// hand-written models with System.Text.Json source generation.
/// </summary>
internal static class RefitOnlyClient
{
    public static TApi Create<TApi>(HttpClient httpClient, Uri baseUrl, IJsonTypeInfoResolver models)
    {
        httpClient.BaseAddress = baseUrl;
        var json = new JsonSerializerOptions { TypeInfoResolver = models };
        return RestService.ForGenerated<TApi>(httpClient, new RefitSettings(new SystemTextJsonContentSerializer(json)));
    }
}
