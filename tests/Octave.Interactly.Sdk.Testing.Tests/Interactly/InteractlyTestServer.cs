using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

/// <summary>
/// The Interactly engine alone on a real loopback Kestrel port, mapped under <c>/workflows</c> as the
/// host maps it, with helpers that speak the wire format through a plain <see cref="HttpClient"/>.
/// </summary>
public sealed class InteractlyTestServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private InteractlyTestServer(WebApplication app, InteractlyEmulatorEngine engine, HttpClient client)
    {
        this.app = app;
        Engine = engine;
        Client = client;
    }

    internal InteractlyEmulatorEngine Engine { get; }

    public HttpClient Client { get; }

    public static async Task<InteractlyTestServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var context = new EmulatorContext(new WorkflowEmulatorOptions(), TimeProvider.System, new Random(1));
        var engine = new InteractlyEmulatorEngine(context);
        engine.MapRoutes(app.MapGroup("/workflows"));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address + "/workflows/"), Timeout = TimeSpan.FromSeconds(10) };
        return new InteractlyTestServer(app, engine, client);
    }

    /// <summary>The request body of one turn, with the user's text in thread "0" as the SDK sends it.</summary>
    public static JsonObject TurnBody(string? runId, string command, string? userText, JsonObject? extraRunInput = null)
    {
        var messages = new JsonArray();
        if (userText is not null)
        {
            messages.Add(new JsonObject { ["type"] = "human", ["content"] = userText });
        }

        var runInput = new JsonObject
        {
            ["command"] = command,
            ["dynamic_variables"] = new JsonObject(),
            ["thread_to_node_inputs"] = new JsonObject
            {
                ["0"] = new JsonObject
                {
                    ["node_run_inputs"] = new JsonArray(new JsonObject { ["type"] = "llm", ["messages"] = messages }),
                },
            },
        };
        foreach ((string key, JsonNode? value) in extraRunInput ?? [])
        {
            runInput[key] = value?.DeepClone();
        }

        return new JsonObject { ["run_id"] = runId, ["run_input"] = runInput };
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await ReadAsync(response));
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await ReadAsync(response));
    }

    public Task<(HttpStatusCode Status, JsonNode Body)> ExecuteAsync(string workflowId, JsonObject body, string query = "") =>
        PostAsync($"v1/workflows/{workflowId}/execute{query}", body.ToJsonString());

    /// <summary>Turn 1; fails the test unless it is a 200.</summary>
    public async Task<JsonNode> StartAsync(string workflowId, string query = "", JsonObject? extraRunInput = null)
    {
        (HttpStatusCode status, JsonNode body) = await ExecuteAsync(workflowId, TurnBody(null, "start", null, extraRunInput), query);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    /// <summary>A later turn carrying the user's text; fails the test unless it is a 200.</summary>
    public async Task<JsonNode> SayAsync(string workflowId, string runId, string text)
    {
        (HttpStatusCode status, JsonNode body) = await ExecuteAsync(workflowId, TurnBody(runId, "data", text));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text.Length == 0 ? "null" : text) ?? JsonValue.Create("(empty body)");
    }
}
