using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Redis.Tests.Support;

/// <summary>
/// A loopback round-robin proxy in front of the receiver hosts, as a load balancer: each callback goes to the next
/// host; a host that refuses the connection is skipped (as a health check would take it out of rotation).
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(10) };
    private volatile Uri[] _targets = Array.Empty<Uri>();
    private int _next;

    private LoadBalancer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Forwarded requests per target (by authority), for the test's own checks.</summary>
    public Dictionary<string, int> ForwardedByTarget { get; } = new(StringComparer.Ordinal);

    public void SetTargets(IEnumerable<Uri> targets) => _targets = targets.ToArray();

    /// <summary>When true, every request goes to every target at once (a sender that repeats a delivery to each host).</summary>
    public bool FanOut { get; set; }

    /// <summary>Status codes the targets answered, in order of arrival.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<int> Answers { get; } = new();

    public static async Task<LoadBalancer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var balancer = new LoadBalancer(app);
        app.Run(balancer.ForwardAsync);
        await app.StartAsync();
        balancer.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var targets = _targets;
        if (FanOut)
        {
            var statuses = await Task.WhenAll(targets.Select(target => SendAsync(target, context, body)));
            context.Response.StatusCode = statuses.All(status => status == StatusCodes.Status200OK) ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            return;
        }

        for (var tried = 0; tried < targets.Length; tried++)
        {
            var target = targets[(int)((uint)Interlocked.Increment(ref _next) % (uint)targets.Length)];
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, context.Request.Path + context.Request.QueryString))
            {
                Content = new ByteArrayContent(body),
            };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType ?? "application/json");
            try
            {
                using var response = await _http.SendAsync(request, context.RequestAborted);
                lock (ForwardedByTarget)
                {
                    ForwardedByTarget[target.Authority] = ForwardedByTarget.GetValueOrDefault(target.Authority) + 1;
                }

                Answers.Enqueue((int)response.StatusCode);
                context.Response.StatusCode = (int)response.StatusCode;
                return;
            }
            catch (HttpRequestException)
            {
                // Connection refused: the host is down, so the next one gets the request.
            }
        }

        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }

    private async Task<int> SendAsync(Uri target, HttpContext context, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, context.Request.Path + context.Request.QueryString))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType ?? "application/json");
        using var response = await _http.SendAsync(request, context.RequestAborted);
        Answers.Enqueue((int)response.StatusCode);
        return (int)response.StatusCode;
    }
}
