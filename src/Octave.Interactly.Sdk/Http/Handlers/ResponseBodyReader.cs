using System.IO;
using System.Net.Http;
#if NET9_0_OR_GREATER
using System.Runtime.ExceptionServices;
#endif
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http.Handlers;

/// <summary>
/// Reads a response's whole body into memory, within the size limit, as part of the send that produced it. Whoever
/// awaits the send (an attempt of the resilience pipeline) then covers the body too: a body that stalls times the
/// attempt out, a body cut short (an <see cref="IOException"/>) is retried where the request may be re-sent. A body
/// over the limit fails the call without a retry (<see cref="WorkflowApiException"/>), before it is all in memory.
/// </summary>
internal sealed class ResponseBodyReader
{
    private readonly WorkflowService _service;
    private readonly long _maxResponseBytes;

    public ResponseBodyReader(WorkflowService service, long maxResponseBytes)
    {
        _service = service;
        _maxResponseBytes = maxResponseBytes;
    }

    /// <summary>Awaits <paramref name="sending"/> and reads the answer's body; the answer names <paramref name="request"/>.</summary>
    public async Task<HttpResponseMessage> ReadWholeAsync(Task<HttpResponseMessage> sending, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await sending.ConfigureAwait(false);
        response.RequestMessage = request;
        try
        {
            var content = response.Content;
            if (content.Headers.ContentLength > _maxResponseBytes)
            {
                throw TooLarge(response, $"the body of {content.Headers.ContentLength} bytes exceeds the limit of {_maxResponseBytes} bytes");
            }

#if NET9_0_OR_GREATER
            // The content buffers itself (pooled, within the limit, cancellable) and stays the same object with its
            // headers; Refit's own buffering of it later is then a no-op instead of a second copy.
            await content.LoadIntoBufferAsync(_maxResponseBytes, cancellationToken).ConfigureAwait(false);
#else
            response.Content = await CopyAsync(response, content, cancellationToken).ConfigureAwait(false);
#endif
            return response;
        }
#if NET9_0_OR_GREATER
        catch (HttpRequestException exception) when (Translate(response, exception) is { } translated)
        {
            response.Dispose();

            // A cut body surfaces as the I/O failure it is, as it does when the body is read as a stream: the retry
            // rules and the outcome-unknown mapping see the same exception on every target.
            ExceptionDispatchInfo.Capture(translated).Throw();
            throw;
        }
#endif
        catch
        {
            response.Dispose();
            throw;
        }
    }

#if NET9_0_OR_GREATER
    /// <summary>What a failure to buffer means to the SDK: a body over the limit, or a body cut short.</summary>
    private System.Exception? Translate(HttpResponseMessage response, HttpRequestException exception) =>
        exception.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded
            ? TooLarge(response, $"the body exceeds the limit of {_maxResponseBytes} bytes")
            : exception.InnerException as IOException;
#endif

#if !NET9_0_OR_GREATER
    /// <summary>Before .NET 9 a content cannot buffer itself cancellably: copy it, within the limit, into a new one.</summary>
    private async Task<HttpContent> CopyAsync(HttpResponseMessage response, HttpContent original, CancellationToken cancellationToken)
    {
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
#endif

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
