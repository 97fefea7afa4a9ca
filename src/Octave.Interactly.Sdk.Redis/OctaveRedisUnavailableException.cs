using System;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// Redis did not answer in time or refused a command. The message names the server (host and port) and never carries
/// a password; the inner exception is the client library's own error.
/// </summary>
public sealed class OctaveRedisUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="server">The server's endpoints, without credentials.</param>
    /// <param name="innerException">The client library's error.</param>
    public OctaveRedisUnavailableException(string server, Exception? innerException)
        : base($"Redis at {server} is unavailable: {innerException?.GetType().Name ?? "no answer"}.", innerException)
    {
        Server = server;
    }

    /// <summary>The server's endpoints, without credentials.</summary>
    public string Server { get; }
}
