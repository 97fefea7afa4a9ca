using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http.Handlers;

/// <summary>
/// Reads the whole response body inside the attempt, within the size limit. The attempt's timeout and the retry
/// rules then cover the body as well as the headers: a body that stalls times the attempt out, a body cut short
/// (an <see cref="IOException"/>) is retried where the request may be re-sent. A body over the limit fails the call
/// without a retry (<see cref="WorkflowApiException"/>), before it is all in memory.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    private readonly WorkflowService _service;
    private readonly long _maxResponseBytes;

    public ResponseBufferingHandler(WorkflowService service, long maxResponseBytes)
    {
        _service = service;
        _maxResponseBytes = maxResponseBytes;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            response.Content = await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpContent> BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original.Headers.ContentLength > _maxResponseBytes)
        {
            throw TooLarge(response, $"the body of {original.Headers.ContentLength} bytes exceeds the limit of {_maxResponseBytes} bytes");
        }

        // Sized from Content-Length when the server sent one, so the buffer is allocated once and handed to the
        // content without a further copy.
        var expected = original.Headers.ContentLength is { } length and >= 0 ? (int)length : 0;
        var copy = new MemoryStream(expected);
#if NET8_0_OR_GREATER
        var stream = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var stream = await original.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using (var limited = new SizeLimitedStream(stream, _maxResponseBytes))
        {
            try
            {
                await limited.CopyToAsync(copy, 81920, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException exception)
            {
                throw TooLarge(response, exception.Message);
            }
        }

        var buffered = new ByteArrayContent(copy.GetBuffer(), 0, (int)copy.Length);
        foreach (var header in original.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        original.Dispose();
        return buffered;
    }

    private WorkflowApiException TooLarge(HttpResponseMessage response, string reason) => new(
        _service,
        response.RequestMessage?.Method.Method ?? "?",
        response.RequestMessage?.RequestUri?.AbsolutePath ?? "?",
        response.StatusCode,
        "The response could not be read: " + reason,
        requestId: null,
        retryAfter: null,
        responseBody: null,
        externalRequestId: response.RequestMessage is { } request ? RequestFacts.Options(request)?.ExternalRequestId : null);
}
