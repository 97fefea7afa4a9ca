using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// A transport that answers every request with the same JSON body at once, so a benchmark measures only what the
/// client does: build and serialize the request, then read and deserialize the answer.
/// </summary>
internal sealed class FixedAnswerHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly byte[] _body;

    public FixedAnswerHandler(byte[] body) => _body = body;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Read the request body as a server would, so its serialization is not skipped by lazy content.
        if (request.Content is { } content)
        {
            await content.LoadIntoBufferAsync(cancellationToken);
        }

        var answer = new ByteArrayContent(_body);
        answer.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
