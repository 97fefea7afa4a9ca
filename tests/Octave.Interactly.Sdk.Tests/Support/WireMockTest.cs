using System;
using System.Collections.Generic;
using System.Linq;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Octave.Interactly.Sdk.Tests.Support;

/// <summary>
/// Base for tests that stub HTTP with the shared WireMock.Net server: resets it before each test and reads back
/// what went over the wire. Stubs match requests exactly (method, path, query, headers, body; see
/// <see cref="Exactly"/>), so a request that differs in any of them gets WireMock's 404 instead of the stubbed answer.
/// </summary>
public abstract class WireMockTest
{
    /// <summary>The shared server.</summary>
    protected static WireMockServer Server => SharedWireMock.Server;

    /// <summary>The server root, used as an Octave base URL.</summary>
    protected static Uri OctaveBaseUrl => new(Server.Url + "/");

    /// <summary>The root plus <c>workflows/</c>, as Interactly's base URL has it.</summary>
    protected static Uri InteractlyBaseUrl => new(Server.Url + "/workflows/");

    /// <summary>Every request the server received in this test, oldest first.</summary>
    protected static IReadOnlyList<IRequestMessage> Requests => WireRequests.Received(Server);

    /// <summary>The single request of this test; fails when there were none or several.</summary>
    protected static IRequestMessage OnlyRequest
    {
        get
        {
            var requests = Requests;
            Assert.That(requests, Has.Count.EqualTo(1), "exactly one request was expected");
            return requests[0];
        }
    }

    [SetUp]
    public void ResetServer() => Server.Reset();

    /// <summary>A request header by name, ignoring case as HTTP does; null when absent.</summary>
    protected static string? Header(IRequestMessage request, string name) => WireRequests.Header(request, name);

    /// <summary>True when the request carried the header, under any casing.</summary>
    protected static bool HasHeader(IRequestMessage request, string name) => WireRequests.Header(request, name) is not null;

    /// <summary>A request matcher for exactly this method and path.</summary>
    protected static IRequestBuilder Exactly(string method, string path) => WireRequests.Exactly(method, path);

    /// <summary>An answer with this status, a JSON content type, this body (none when empty) and these extra headers.</summary>
    protected static IResponseBuilder Answer(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        WireRequests.Answer(status, body, headers);
}

/// <summary>Reading requests back from WireMock.Net and building exact matchers, shared by every WireMock test.</summary>
public static class WireRequests
{
    /// <summary>A request header by name, ignoring case as HTTP does; null when absent.</summary>
    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .Select(h => string.Join(",", h.Value))
            .FirstOrDefault();

    /// <summary>A request matcher for exactly this method and path.</summary>
    public static IRequestBuilder Exactly(string method, string path) =>
        Request.Create().UsingMethod(method).WithPath(new ExactMatcher(path));

    /// <summary>An answer with this status, a JSON content type, this body (none when empty) and these extra headers.</summary>
    public static IResponseBuilder Answer(int status, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json");
        foreach (var header in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(header.Key, header.Value);
        }

        return body.Length == 0 ? response : response.WithBody(body);
    }

    /// <summary>The requests a server received, oldest first.</summary>
    public static IReadOnlyList<IRequestMessage> Received(WireMockServer server) =>
        server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).Select(e => e.RequestMessage).ToList();
}
