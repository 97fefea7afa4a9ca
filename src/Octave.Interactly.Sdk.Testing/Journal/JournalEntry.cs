using System;
using System.Collections.Generic;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>One request the emulator received, as recorded in the <see cref="RequestJournal"/>.</summary>
public sealed class JournalEntry
{
    /// <summary>Position of the request in arrival order, starting at 1.</summary>
    public long Sequence { get; init; }

    /// <summary>When the request arrived, by the emulator's clock.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; init; } = "";

    /// <summary>Request path without the query string.</summary>
    public string Path { get; init; } = "";

    /// <summary>Query string including the leading <c>?</c>, or empty.</summary>
    public string QueryString { get; init; } = "";

    /// <summary>Request headers; secret values (<c>api_key</c>, <c>Authorization</c>) are replaced by <c>***</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether an <c>api_key</c> header was sent (its value is never recorded).</summary>
    public bool ApiKeyPresent { get; init; }

    /// <summary>Whether an <c>Authorization</c> header was sent (its value is never recorded).</summary>
    public bool AuthorizationPresent { get; init; }

    /// <summary>The request's <c>x-external-request-id</c> header, if any.</summary>
    public string? ExternalRequestId { get; init; }

    /// <summary>The <c>x-request-id</c> the emulator answered with.</summary>
    public string RequestId { get; init; } = "";

    /// <summary>Request body text, or null when body capture is off or the body was empty.</summary>
    public string? Body { get; init; }

    /// <summary>Response status code; 0 when the connection was dropped by an injected fault.</summary>
    public int StatusCode { get; init; }

    /// <summary>Description of the injected fault applied to this request, or null.</summary>
    public string? Fault { get; init; }
}
