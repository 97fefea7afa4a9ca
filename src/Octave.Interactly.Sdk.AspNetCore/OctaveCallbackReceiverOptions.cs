using System;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>Settings of the Octave callback receiver registered by <c>AddOctaveCallbackReceiver</c>.</summary>
public sealed class OctaveCallbackReceiverOptions
{
    /// <summary>The default largest body accepted: 1 MiB.</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// The secret token that must appear as the <c>{token}</c> route value: the last segment of the callback URL
    /// made by <see cref="CallbackUrls.Create(Uri, string?)"/>. Required; at least
    /// <see cref="CallbackUrls.MinimumTokenLength"/> base64url characters. Requests with another token get 404.
    /// </summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>The largest callback body accepted, in bytes; a larger one is answered 413. Default 1 MiB.</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// How long the default in-memory deduplicator remembers a callback; a repeat after that is handled again.
    /// Default 24 hours. Ignored when you register your own <see cref="ICallbackDeduplicator"/>.
    /// </summary>
    public TimeSpan DeduplicationTtl { get; set; } = InMemoryCallbackDeduplicator.DefaultTtl;

    /// <summary>How many callbacks are handled at the same time. Default 4.</summary>
    public int HandlerConcurrency { get; set; } = 4;

    /// <summary>
    /// How many accepted callbacks may wait for a handler. When the queue is full, a new callback waits for room
    /// before it is answered, which slows the sender down instead of dropping work. Default 10,000.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;
}
