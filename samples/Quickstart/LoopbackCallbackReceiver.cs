using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk;

namespace Quickstart;

/// <summary>
/// A tiny Kestrel app inside the sample that receives Octave callbacks. A workflow's output arrives only by
/// callback (the status endpoint has counters, not output), so this is how the Quickstart can print it.
/// </summary>
internal sealed class LoopbackCallbackReceiver : IAsyncDisposable
{
    private const string RoutePrefix = "/callbacks/octave";

    private readonly WebApplication _app;

    private LoopbackCallbackReceiver(WebApplication app, Uri callbackUrl, OctaveRunCompletionRegistry completions)
    {
        _app = app;
        CallbackUrl = callbackUrl;
        Completions = completions;
    }

    /// <summary>The URL to give Octave: the public base when one is set, else this receiver's loopback address, plus the secret token.</summary>
    public Uri CallbackUrl { get; }

    /// <summary>Where the receiver reports callbacks; the <see cref="OctaveClient"/> must share this instance.</summary>
    public OctaveRunCompletionRegistry Completions { get; }

    /// <param name="port">0 for any free port; a fixed port when a tunnel forwards <paramref name="publicBaseUrl"/> here.</param>
    /// <param name="publicBaseUrl">A public HTTPS URL that forwards to this receiver, or null to use the loopback address.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<LoopbackCallbackReceiver> StartAsync(int port, Uri? publicBaseUrl, CancellationToken cancellationToken)
    {
        var token = CallbackUrls.NewToken();
        var completions = new OctaveRunCompletionRegistry();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders(); // the console belongs to the sample's own output
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton(completions); // registered first, so the receiver completes the client's registry
        builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);

        var app = builder.Build();
        app.MapOctaveCallbacks(RoutePrefix + "/{token}");
        await app.StartAsync(cancellationToken);

        var listening = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var baseUrl = publicBaseUrl is null
            ? new Uri(listening, RoutePrefix)
            : new Uri(EnsureTrailingSlash(publicBaseUrl), RoutePrefix.TrimStart('/'));
        return new LoopbackCallbackReceiver(app, CallbackUrls.Create(baseUrl, token).Url, completions);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Uri EnsureTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/" + url.Query);
}
