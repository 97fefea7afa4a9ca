using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Validation;
using Refit;

namespace Octave.Interactly.Sdk.Http.Refit;

/// <summary>
/// Reads and writes JSON with the SDK's source-generated contexts (no reflection). A request body is checked
/// (<see cref="RequestBodyValidation"/>) and serialized to bytes while the request is built: a bad body fails before
/// anything is sent, and every retry re-sends the same bytes.
/// </summary>
internal sealed class WorkflowJsonContentSerializer : IHttpContentSerializer
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly JsonSerializerContext _context;

    public WorkflowJsonContentSerializer(JsonSerializerContext context) => _context = context;

    public HttpContent ToHttpContent<T>(T item)
    {
        RequestBodyValidation.Validate(item);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(item, TypeInfo<T>()));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        // The body was buffered, within the size limit, inside the attempt (ResponseBufferingHandler).
#if NET8_0_OR_GREATER
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using (stream)
        {
            // A turn answer is read as one JSON document with its events as views into it.
            if (typeof(T) == typeof(InteractiveRunResponse))
            {
                return (T)(object)InteractiveRunResponseReader.Read(stream);
            }

            var value = await JsonSerializer.DeserializeAsync(stream, TypeInfo<T>(), cancellationToken).ConfigureAwait(false);
            return value ?? throw new JsonException("The body was JSON null.");
        }
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) =>
        propertyInfo?.GetCustomAttribute<JsonPropertyNameAttribute>(inherit: true)?.Name;

    private JsonTypeInfo<T> TypeInfo<T>() =>
        _context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T)} is not in {_context.GetType().Name}.");
}
