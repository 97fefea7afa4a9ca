using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis.Tests.Support;

/// <summary>
/// The real redis-server the tests talk to. CI starts one and passes its address in <see cref="AddressVariable"/>;
/// otherwise a test starts its own from the <c>redis-server</c> binary. Without either, a test fails under
/// <c>CI=true</c> (a scale-out suite that silently skipped would prove nothing) and is ignored locally.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>The environment variable with the shared server's <c>host:port</c>.</summary>
    public const string AddressVariable = "OCTAVE_SDK_TEST_REDIS";

    private static readonly string[] BinaryCandidates = { "/usr/bin/redis-server", "/usr/local/bin/redis-server" };
    private Process? _process;

    private RedisServer(string address, Process? process, int port)
    {
        Address = address;
        _process = process;
        Port = port;
    }

    /// <summary>The server's <c>host:port</c>.</summary>
    public string Address { get; }

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>The shared server when CI passed one, else a private one started for the caller.</summary>
    public static async Task<RedisServer> SharedOrStartAsync()
    {
        var address = Environment.GetEnvironmentVariable(AddressVariable);
        if (!string.IsNullOrWhiteSpace(address))
        {
            return new RedisServer(address, null, 0);
        }

        return await StartOwnAsync();
    }

    /// <summary>A private server, which the caller may stop and start again (on the same port).</summary>
    public static async Task<RedisServer> StartOwnAsync()
    {
        var binary = FindBinary();
        if (binary is null)
        {
            Unavailable("no redis-server binary was found and " + AddressVariable + " is not set");
        }

        var port = FreePort();
        var server = new RedisServer($"127.0.0.1:{port}", null, port);
        await server.StartProcessAsync(binary!);
        return server;
    }

    /// <summary>A connection to the server that fails fast while it is down, as <c>AddRedis</c> configures its own.</summary>
    public ConnectionMultiplexer Connect()
    {
        var options = ConfigurationOptions.Parse(Address);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>Kills the private server at once (no shutdown save: persistence is off anyway).</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            throw new InvalidOperationException("Only a private server can be stopped.");
        }

        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>Starts the private server again on its port, empty.</summary>
    public Task RestartAsync() => StartProcessAsync(FindBinary()!);

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }
    }

    private async Task StartProcessAsync(string binary)
    {
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", Path.GetTempPath() })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Ready when it accepts a connection; polled in short steps, bounded.
        for (var attempt = 0; attempt < 500; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(10);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port}.");
    }

    private static string? FindBinary()
    {
        foreach (var candidate in BinaryCandidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"Redis is required in CI: {reason}. .ci/redis.sh installs and starts it.");
        }

        Assert.Ignore($"Redis is not available ({reason}); install redis-server or set {AddressVariable} to run the scale-out tests.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
