using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Octave.Interactly.Sdk.Http;

/// <summary>One HTTP call as the endpoint layer describes it, before it becomes a request message.</summary>
internal sealed class ApiCall
{
    private ApiCall(HttpMethod method, string routeTemplate, string path, byte[]? body, bool startsWork)
    {
        Method = method;
        RouteTemplate = routeTemplate;
        Path = path;
        Body = body;
        StartsWork = startsWork;
    }

    public HttpMethod Method { get; }

    /// <summary>The path with placeholders instead of ids, for logs and metrics.</summary>
    public string RouteTemplate { get; }

    /// <summary>The path relative to the API's base URL, with ids already escaped.</summary>
    public string Path { get; }

    /// <summary>The serialized JSON body; serialized once so that every attempt sends the same bytes.</summary>
    public byte[]? Body { get; }

    public bool StartsWork { get; }

    public List<KeyValuePair<string, string>>? Query { get; private set; }

    public string? ExternalRequestId { get; private set; }

    public static ApiCall Get(string routeTemplate, string path) => new(HttpMethod.Get, routeTemplate, path, null, startsWork: false);

    /// <summary>A POST whose body is serialized with the source-generated type info.</summary>
    /// <param name="routeTemplate">The path with placeholders.</param>
    /// <param name="path">The concrete path.</param>
    /// <param name="body">The request model.</param>
    /// <param name="bodyType">Its source-generated type info.</param>
    /// <param name="startsWork">True when the POST starts a job or a turn and so must not be re-sent blindly.</param>
    public static ApiCall Post<TBody>(string routeTemplate, string path, TBody body, JsonTypeInfo<TBody> bodyType, bool startsWork) =>
        new(HttpMethod.Post, routeTemplate, path, JsonSerializer.SerializeToUtf8Bytes(body, bodyType), startsWork);

    public ApiCall WithQuery(string name, string? value)
    {
        if (value is not null)
        {
            (Query ??= new List<KeyValuePair<string, string>>()).Add(new KeyValuePair<string, string>(name, value));
        }

        return this;
    }

    public ApiCall WithOptions(WorkflowRequestOptions? options)
    {
        ExternalRequestId = options?.ExternalRequestId;
        return this;
    }
}
