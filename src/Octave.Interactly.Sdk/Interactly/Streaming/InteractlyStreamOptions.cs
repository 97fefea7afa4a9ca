using System;

namespace Octave.Interactly.Sdk;

/// <summary>How a streamed run's WebSocket behaves. The defaults suit slow LLM turns.</summary>
public sealed class InteractlyStreamOptions
{
    /// <summary>
    /// The longest wait for the next frame while events are being read (not while the run waits for your input).
    /// Past it the socket is aborted and <see cref="InteractlyStreamDroppedException"/> is thrown. Default 2 minutes.
    /// </summary>
    public TimeSpan ReceiveTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a keep-alive ping is sent. Default 15 seconds.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long to wait for the answer to a keep-alive ping before the connection counts as dropped (.NET 9 and
    /// later; older targets rely on <see cref="ReceiveTimeout"/>). Default 30 seconds.
    /// </summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait for the connection to open, and for the close handshake. Default 30 seconds.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When true, each connection first takes a single-use token from <c>GET /v1/session</c> and sends it as
    /// <c>?token=</c>, as a gateway in front of the service may require. Default false.
    /// </summary>
    public bool UseSessionToken { get; set; }

    /// <summary>The largest frame accepted. Default 16 MiB.</summary>
    public int MaxFrameBytes { get; set; } = 16 * 1024 * 1024;

    internal InteractlyStreamOptions ValidatedCopy()
    {
        Positive(ReceiveTimeout, nameof(ReceiveTimeout));
        Positive(KeepAliveInterval, nameof(KeepAliveInterval));
        Positive(KeepAliveTimeout, nameof(KeepAliveTimeout));
        Positive(ConnectTimeout, nameof(ConnectTimeout));
        if (MaxFrameBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFrameBytes), MaxFrameBytes, $"{nameof(MaxFrameBytes)} must be at least 1024.");
        }

        return (InteractlyStreamOptions)MemberwiseClone();
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive (or infinite).");
        }
    }
}
