using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary><c>http_request</c>: an HTTP node made a request.</summary>
public sealed class HttpRequestEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public HttpRequestEvent()
        : base(InteractlyEventTypes.HttpRequest)
    {
    }

    /// <summary>The request as a curl command.</summary>
    [JsonPropertyName("curl_command")]
    public string? CurlCommand { get; set; }

    /// <summary>The response status code.</summary>
    [JsonPropertyName("status_code")]
    public int? StatusCode { get; set; }

    private RawJsonField _responseBody;

    /// <summary>The response body, kept as sent (a string or JSON).</summary>
    [JsonPropertyName("response_body")]
    public JsonElement? ResponseBody
    {
        get => _responseBody.Get(RawJson, "response_body");
        set => _responseBody.Set(value);
    }

    /// <summary>The error, when the request failed.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }
}

/// <summary><c>send_sms</c>: an SMS node sent a message.</summary>
public sealed class SendSmsEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public SendSmsEvent()
        : base(InteractlyEventTypes.SendSms)
    {
    }

    /// <summary>The send status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The text sent.</summary>
    [JsonPropertyName("sent_message")]
    public string? SentMessage { get; set; }

    /// <summary>The recipient.</summary>
    [JsonPropertyName("destination_phone_number")]
    public string? DestinationPhoneNumber { get; set; }
}

/// <summary><c>start_conversation</c>: a conversation node started a conversation.</summary>
public sealed class StartConversationEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public StartConversationEvent()
        : base(InteractlyEventTypes.StartConversation)
    {
    }

    /// <summary>The conversation's status.</summary>
    [JsonPropertyName("conversation_status")]
    public string? ConversationStatus { get; set; }

    /// <summary>The conversation's id.</summary>
    [JsonPropertyName("conversation_id")]
    public string? ConversationId { get; set; }
}

/// <summary><c>end_conversation</c>: a conversation node's conversation ended.</summary>
public sealed class EndConversationEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public EndConversationEvent()
        : base(InteractlyEventTypes.EndConversation)
    {
    }

    /// <summary>The conversation's status, when sent.</summary>
    [JsonPropertyName("conversation_status")]
    public string? ConversationStatus { get; set; }

    /// <summary>The conversation's id, when sent.</summary>
    [JsonPropertyName("conversation_id")]
    public string? ConversationId { get; set; }

    /// <summary>The processed transcript.</summary>
    [JsonPropertyName("processed_transcript")]
    public string? ProcessedTranscript { get; set; }
}

/// <summary>A Google Docs node event: the fields the create, get and update events share.</summary>
public abstract class GoogleDocsEvent : NodeEvent
{
    /// <summary>Creates a Google Docs event of the given type.</summary>
    /// <param name="type">The wire discriminator.</param>
    protected GoogleDocsEvent(string type)
        : base(type)
    {
    }

    /// <summary>The operation's status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The document's id.</summary>
    [JsonPropertyName("document_id")]
    public string? DocumentId { get; set; }

    /// <summary>The document's title.</summary>
    [JsonPropertyName("document_title")]
    public string? DocumentTitle { get; set; }
}

/// <summary><c>google_docs_create_document</c>: a document was created.</summary>
public sealed class GoogleDocsCreateDocumentEvent : GoogleDocsEvent
{
    /// <summary>Creates the event.</summary>
    public GoogleDocsCreateDocumentEvent()
        : base(InteractlyEventTypes.GoogleDocsCreateDocument)
    {
    }

    /// <summary>The new document's URL.</summary>
    [JsonPropertyName("document_url")]
    public string? DocumentUrl { get; set; }
}

/// <summary><c>google_docs_get_document</c>: a document was read.</summary>
public sealed class GoogleDocsGetDocumentEvent : GoogleDocsEvent
{
    /// <summary>Creates the event.</summary>
    public GoogleDocsGetDocumentEvent()
        : base(InteractlyEventTypes.GoogleDocsGetDocument)
    {
    }

    /// <summary>The document's content.</summary>
    [JsonPropertyName("document_content")]
    public string? DocumentContent { get; set; }
}

/// <summary><c>google_docs_update_document</c>: a document was updated.</summary>
public sealed class GoogleDocsUpdateDocumentEvent : GoogleDocsEvent
{
    /// <summary>Creates the event.</summary>
    public GoogleDocsUpdateDocumentEvent()
        : base(InteractlyEventTypes.GoogleDocsUpdateDocument)
    {
    }

    /// <summary>The updated document's URL.</summary>
    [JsonPropertyName("document_url")]
    public string? DocumentUrl { get; set; }

    /// <summary>The content written.</summary>
    [JsonPropertyName("updated_content")]
    public string? UpdatedContent { get; set; }
}

/// <summary><c>athena</c>: an EHR (athenahealth) node call.</summary>
public sealed class AthenaEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public AthenaEvent()
        : base(InteractlyEventTypes.Athena)
    {
    }

    /// <summary>The response status code.</summary>
    [JsonPropertyName("status_code")]
    public int? StatusCode { get; set; }

    private RawJsonField _responseBody;

    /// <summary>The response body, kept as sent.</summary>
    [JsonPropertyName("response_body")]
    public JsonElement? ResponseBody
    {
        get => _responseBody.Get(RawJson, "response_body");
        set => _responseBody.Set(value);
    }
}
