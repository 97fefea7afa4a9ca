using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing.Tests.Support;

/// <summary>
/// Starts a fresh emulator per test with millisecond run durations, and offers an HttpClient
/// that sends the Octave <c>api_key</c> header.
/// </summary>
public abstract class EmulatorTestBase
{
    protected const string ApiKey = "test-key";

    protected WorkflowEmulator Emulator { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Override to adjust options before the emulator starts.</summary>
    protected virtual void Configure(WorkflowEmulatorOptions options)
    {
    }

    [SetUp]
    public async Task StartEmulatorAsync()
    {
        var options = new WorkflowEmulatorOptions
        {
            JobPendingMilliseconds = 40,
            JobRunningMilliseconds = 160,
            CallbackInitialRetryDelayMilliseconds = 10,
            CallbackTimeoutMilliseconds = 2000,
        };
        Configure(options);
        Emulator = await WorkflowEmulator.StartAsync(options);
        Client = CreateClient(ApiKey);
    }

    [TearDown]
    public async Task StopEmulatorAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }

    protected HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = Emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("api_key", apiKey);
        }

        return client;
    }

    protected Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, object body) =>
        PostAsync(Client, path, body);

    protected static async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(HttpClient client, string path, object body)
    {
        string json = body as string ?? System.Text.Json.JsonSerializer.Serialize(body);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    protected Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path) => GetAsync(Client, path);

    protected static async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    protected async Task<string> StartWorkflowAsync(object body)
    {
        var (status, json) = await PostAsync("api/v2/workflows/run", body);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), json?.ToJsonString());
        return (string)json!["jobOId"]!;
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds, for at most five seconds.</summary>
    protected async Task<JsonNode> PollAsync(string path, Func<JsonNode, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (status, body) = await GetAsync(path);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body?.ToJsonString());
            if (done(body!))
            {
                return body!;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(5))
            {
                Assert.Fail("Condition not reached; last answer: " + body!.ToJsonString());
            }

            await Task.Delay(15);
        }
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }
}
