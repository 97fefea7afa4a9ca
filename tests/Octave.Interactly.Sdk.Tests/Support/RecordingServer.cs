using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Tests.Support;

/// <summary>
/// A real Kestrel server on loopback that records every request and answers from a handler (by default one canned
/// response). Used for wire-format tests, where the exact bytes on the wire are what is under test.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private RecordingServer(WebApplication app) => _app = app;

    /// <summary>The server root, used as an Octave base URL.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The root plus <c>workflows/</c>, as Interactly's base URL has it.</summary>
    public Uri InteractlyBaseUrl => new(BaseUrl, "workflows/");

    /// <summary>Decides the answer to each request; <see cref="Response"/> and <see cref="AnswerWith"/> set a constant one.</summary>
    public Func<RecordedRequest, CannedResponse> Handler { get; set; } = _ => new CannedResponse(HttpStatusCode.OK, "{}");

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public RecordedRequest OnlyRequest => Requests.Single();

    /// <summary>Answers every following request with this response: status, JSON body and extra headers.</summary>
    public CannedResponse Response
    {
        set => Handler = _ => value;
    }

    /// <summary>Answers every following request with the same response.</summary>
    public void AnswerWith(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        Handler = _ => new CannedResponse(status, body, headers);

    public static async Task<RecordingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RecordingServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetService(typeof(IServer)) is IServer s
            ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("No server.");
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(recorded);

        var response = Handler(recorded);
        context.Response.StatusCode = response.Status;
        foreach (var header in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body);
    }
}

public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

public sealed record CannedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public CannedResponse(HttpStatusCode status, string body)
        : this((int)status, body)
    {
    }
}
