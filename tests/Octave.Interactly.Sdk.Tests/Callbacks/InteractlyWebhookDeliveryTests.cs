using System;
using System.Text;

namespace Octave.Interactly.Sdk.Tests.Callbacks;

public sealed class InteractlyWebhookDeliveryTests
{
    [Test]
    public void Reads_the_event_type_and_id_under_each_name_and_keeps_the_raw_json()
    {
        const string json = """{"event_type":"workflow_run.failed","event_id":"evt_9","data":{"x":1}}""";
        var timestamp = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var delivery = InteractlyWebhookDelivery.Parse(Encoding.UTF8.GetBytes(json), timestamp);

        Assert.Multiple(() =>
        {
            Assert.That(delivery.EventType, Is.EqualTo("workflow_run.failed"));
            Assert.That(delivery.EventId, Is.EqualTo("evt_9"));
            Assert.That(delivery.RawJson, Is.EqualTo(json));
            Assert.That(delivery.Timestamp, Is.EqualTo(timestamp));
            Assert.That(delivery.Payload.GetProperty("data").GetProperty("x").GetInt32(), Is.EqualTo(1));
            Assert.That(InteractlyWebhookDelivery.Parse(Encoding.UTF8.GetBytes("""{"type":"t","_id":"i"}""")).EventType, Is.EqualTo("t"));
        });
    }

    [Test]
    public void A_non_object_payload_is_kept_without_event_fields()
    {
        var delivery = InteractlyWebhookDelivery.Parse(Encoding.UTF8.GetBytes("[1,2]"));

        Assert.That(delivery.EventType, Is.Null);
        Assert.That(delivery.Payload.GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void Rejects_a_body_that_is_not_json()
    {
        Assert.That(() => InteractlyWebhookDelivery.Parse(Encoding.UTF8.GetBytes("nope")), Throws.InstanceOf<FormatException>().With.Message.Contains("not valid JSON"));
    }
}
