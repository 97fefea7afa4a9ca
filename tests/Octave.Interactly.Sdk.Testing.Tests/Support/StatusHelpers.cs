using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing.Tests.Support;

/// <summary>JSON-over-HTTP helpers for tests that manage their own emulator.</summary>
public static class StatusHelpers
{
    public static async Task<(System.Net.HttpStatusCode Status, JsonNode? Body)> PostAsync(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
    }

    public static async Task<JsonNode?> GetAsync(HttpClient client, string path)
    {
        string text = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return JsonNode.Parse(text);
    }
}
