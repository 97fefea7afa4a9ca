using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.AspNetCore.Tests.Support;

/// <summary>A real Kestrel app on a loopback port with the callback receiver mapped, and an HTTP client for it.</summary>
public sealed class ReceiverApp : IAsyncDisposable
{
    public const string BasePath = "/callbacks/octave";

    private ReceiverApp(WebApplication app, Uri baseAddress, string token, CountingCallbackHandler handler, RecordingLoggerProvider logs)
    {
        App = app;
        BaseAddress = baseAddress;
        Token = token;
        Handler = handler;
        Logs = logs;
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public string Token { get; }

    public CountingCallbackHandler Handler { get; }

    public RecordingLoggerProvider Logs { get; }

    public HttpClient Http { get; }

    public OctaveRunCompletionRegistry Registry => App.Services.GetRequiredService<OctaveRunCompletionRegistry>();

    /// <summary>The callback URL Octave would be given.</summary>
    public Uri CallbackUrl => CallbackUrls.Create(new Uri(BaseAddress, BasePath), Token).Url;

    public static async Task<ReceiverApp> StartAsync(
        Action<OctaveCallbackReceiverOptions>? configure = null,
        Action<IServiceCollection>? configureServices = null,
        Action<WebApplication>? configureApp = null,
        string? token = null,
        LogLevel minimumLogLevel = LogLevel.Debug)
    {
        token ??= CallbackUrls.NewToken();
        var handler = new CountingCallbackHandler();
        var logs = new RecordingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        builder.Logging.AddProvider(logs);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        configureServices?.Invoke(builder.Services);
        builder.Services.AddOctaveCallbackReceiver(options =>
        {
            options.Token = token;
            configure?.Invoke(options);
        });
        builder.Services.AddSingleton<IOctaveCallbackHandler>(handler);

        var app = builder.Build();
        configureApp?.Invoke(app);
        app.MapOctaveCallbacks(BasePath + "/{token}");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReceiverApp(app, new Uri(address), token, handler, logs);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? token = null) =>
        Http.PostAsync($"{BasePath}/{token ?? Token}", new StringContent(json, Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
