using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A callback URL to hand to Octave, and the secret token inside it that the receiver checks.
/// Made by <see cref="CallbackUrls.ForRoute"/> or <see cref="CallbackUrls.Create(Uri, string?)"/>.
/// </summary>
public sealed class CallbackEndpoint
{
    internal CallbackEndpoint(Uri url, string token)
    {
        Url = url;
        Token = token;
    }

    /// <summary>The full callback URL, token included: pass it as <c>callbackUrl</c> when starting a run.</summary>
    public Uri Url { get; }

    /// <summary>The unguessable token, the URL's last path segment. Configure the receiver with it; keep it secret.</summary>
    public string Token { get; }

    /// <summary>Describes the endpoint without its token.</summary>
    /// <returns>The URL with the token replaced by <c>***</c>.</returns>
    public override string ToString()
    {
        var text = Url.AbsoluteUri;
        var index = text.LastIndexOf(Token, StringComparison.Ordinal);
        return index < 0 ? text : text.Substring(0, index) + "***" + text.Substring(index + Token.Length);
    }
}
