using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http.Handlers;

/// <summary>
/// The innermost handler of a dependency-injected client: each attempt's answer is read whole, within the size
/// limit, before the attempt ends (<see cref="ResponseBodyReader"/>).
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    private readonly ResponseBodyReader _reader;

    public ResponseBufferingHandler(ResponseBodyReader reader) => _reader = reader;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _reader.ReadWholeAsync(base.SendAsync(request, cancellationToken), request, cancellationToken);
}
