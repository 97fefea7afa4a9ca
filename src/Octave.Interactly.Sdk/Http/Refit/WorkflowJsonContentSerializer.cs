using System;
using System.Collections.Concurrent;
using System.IO;
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
/// anything is sent, and every retry re-sends the same bytes. Refit takes those bytes as they are
/// (<see cref="ISynchronousContentSerializer"/> with <see cref="RequestBodySerializationMode.Buffered"/>): it neither
/// wraps them in a stream nor buffers them a second time.
/// </summary>
internal sealed class WorkflowJsonContentSerializer : IHttpContentSerializer, ISynchronousContentSerializer
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly JsonSerializerContext _context;
    private readonly ConcurrentDictionary<Type, JsonTypeInfo> _typeInfos = new();
    private readonly Func<Type, JsonTypeInfo> _lookUpTypeInfo;

    public WorkflowJsonContentSerializer(JsonSerializerContext context)
    {
        _context = context;
        _lookUpTypeInfo = LookUpTypeInfo;
    }

    public HttpContent ToHttpContentSynchronous<T>(T item) => ToHttpContent(item);

    /// <summary>Bodies are small JSON documents that a retry must re-send: they are buffered even when asked to stream.</summary>
    public HttpContent ToStreamingHttpContent<T>(T item) => ToHttpContent(item);

    public HttpContent ToHttpContent<T>(T item)
    {
        RequestBodyValidation.Validate(item);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(item, TypeInfo<T>()));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

#if NET5_0_OR_GREATER
    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        // The body was read whole, within the size limit, inside the attempt (ResponseBodyReader): it is parsed from
        // memory, synchronously, without the machinery of an asynchronous read.
        using var stream = content.ReadAsStream(cancellationToken);
        return Task.FromResult<T?>(Read<T>(stream));
    }
#else
    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        // The body was read whole, within the size limit, inside the attempt (ResponseBodyReader).
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        return Read<T>(stream);
    }
#endif

    private T Read<T>(Stream body)
    {
        // A turn answer is read as one JSON document with its events as views into it.
        if (typeof(T) == typeof(InteractiveRunResponse))
        {
            return (T)(object)InteractiveRunResponseReader.Read(body);
        }

        return JsonSerializer.Deserialize(body, TypeInfo<T>()) ?? throw new JsonException("The body was JSON null.");
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) =>
        propertyInfo?.GetCustomAttribute<JsonPropertyNameAttribute>(inherit: true)?.Name;

    /// <summary>
    /// The context's metadata for <typeparamref name="T"/>, looked up once per type: the context validates the type on
    /// every lookup, which costs more per call than a dictionary read.
    /// </summary>
    private JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)_typeInfos.GetOrAdd(typeof(T), _lookUpTypeInfo);

    private JsonTypeInfo LookUpTypeInfo(Type type) =>
        _context.GetTypeInfo(type) ?? throw new InvalidOperationException($"{type} is not in {_context.GetType().Name}.");
}
