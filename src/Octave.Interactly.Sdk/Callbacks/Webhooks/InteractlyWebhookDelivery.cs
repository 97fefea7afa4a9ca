using System;
using System.Text;
using System.Text.Json;

namespace Octave.Interactly.Sdk;

/// <summary>
/// One verified Interactly webhook delivery. The event payload's schema is not published, so the delivery keeps the raw
/// JSON and reads only the fields every event is likely to carry; read the rest from <see cref="Payload"/>.
/// </summary>
public sealed class InteractlyWebhookDelivery
{
    private static readonly string[] EventTypeNames = { "event", "type", "event_type" };
    private static readonly string[] EventIdNames = { "id", "event_id", "_id" };

    /// <summary>Creates a delivery; normally done by <see cref="Parse"/> (public for tests).</summary>
    /// <param name="payload">The parsed body.</param>
    /// <param name="rawJson">The body as received.</param>
    /// <param name="timestamp">The <c>X-Interactly-Timestamp</c> value, when sent.</param>
    public InteractlyWebhookDelivery(JsonElement payload, string rawJson, DateTimeOffset? timestamp)
    {
        Payload = payload;
        RawJson = rawJson ?? throw new ArgumentNullException(nameof(rawJson));
        Timestamp = timestamp;
        if (payload.ValueKind == JsonValueKind.Object)
        {
            EventType = FirstString(payload, EventTypeNames);
            EventId = FirstString(payload, EventIdNames);
        }
    }

    /// <summary>The event type (<c>event</c>, <c>type</c> or <c>event_type</c>), when the payload names it.</summary>
    public string? EventType { get; }

    /// <summary>The event id (<c>id</c>, <c>event_id</c> or <c>_id</c>), when the payload has one: the key to de-duplicate replays on.</summary>
    public string? EventId { get; }

    /// <summary>When Interactly sent the delivery, from <c>X-Interactly-Timestamp</c>.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>The parsed body (a detached copy: it stays valid after the request ends).</summary>
    public JsonElement Payload { get; }

    /// <summary>The body exactly as received and verified.</summary>
    public string RawJson { get; }

    /// <summary>Parses a verified body.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="timestamp">The delivery time from the timestamp header, if any.</param>
    /// <returns>The delivery.</returns>
    /// <exception cref="FormatException">The body is not JSON.</exception>
    public static InteractlyWebhookDelivery Parse(ReadOnlySpan<byte> body, DateTimeOffset? timestamp = null)
    {
        try
        {
            // One copy, into a document no one disposes: the payload outlives the request.
            var reader = new Utf8JsonReader(body);
            var payload = JsonElement.ParseValue(ref reader);
            return new InteractlyWebhookDelivery(payload, Encoding.UTF8.GetString(body.ToArray()), timestamp);
        }
        catch (JsonException exception)
        {
            throw new FormatException("The webhook body is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"InteractlyWebhookDelivery {{ EventType = {EventType}, EventId = {EventId} }}";

    private static string? FirstString(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }
}
