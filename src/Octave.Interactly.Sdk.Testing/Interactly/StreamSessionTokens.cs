using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// <c>GET /v1/session</c>: hands out single-use tokens for the streaming endpoint's <c>?token=</c>, as the gateway
/// does (<c>{"data":{"id":...}}</c>). A token is spent by the first connection that presents it.
/// </summary>
internal sealed class StreamSessionTokens
{
    private readonly ConcurrentDictionary<string, byte> unused = new(StringComparer.Ordinal);

    public IResult Issue(HttpContext http)
    {
        string token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        unused[token] = 0;
        return WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["data"] = new JsonObject { ["id"] = token } });
    }

    /// <summary>True once for each issued token; false for unknown or spent ones.</summary>
    public bool TrySpend(string token) => unused.TryRemove(token, out _);
}
