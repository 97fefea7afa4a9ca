using System;
using System.Threading;
using WireMock.Server;
using WireMock.Settings;

namespace Octave.Interactly.Sdk.Tests.Support;

/// <summary>
/// One WireMock.Net server for the whole test run: started on first use, stopped after the last test
/// (<see cref="SharedWireMockShutdown"/>). Tests reset it before use (<see cref="WireMockTest"/>), so no mapping,
/// scenario state or log entry carries over from one test to the next. Tests here do not run in parallel.
/// </summary>
public static class SharedWireMock
{
    private static readonly Lazy<WireMockServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server, started on first use.</summary>
    public static WireMockServer Server => Instance.Value;

    /// <summary>Starts a WireMock.Net server on a free loopback port, with no admin interface and no static mappings.</summary>
    /// <returns>The running server; the caller stops it.</returns>
    public static WireMockServer Start() => WireMockServer.Start(new WireMockServerSettings
    {
        StartAdminInterface = false,
        ReadStaticMappings = false,
    });

    internal static void StopIfStarted()
    {
        if (Instance.IsValueCreated)
        {
            Instance.Value.Stop();
            Instance.Value.Dispose();
        }
    }
}
