using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.AspNetCore.Tests.Support;

namespace Octave.Interactly.Sdk.AspNetCore.Tests;

public sealed class ReceiverEndpointTests
{
    private ReceiverApp _receiver = null!;

    [SetUp]
    public async Task Start() => _receiver = await ReceiverApp.StartAsync(options => options.MaxBodyBytes = 4096);

    [TearDown]
    public async Task Stop() => await _receiver.DisposeAsync();

    [Test]
    public async Task A_callback_is_answered_200_and_reaches_the_handler_once()
    {
        using var response = await _receiver.PostAsync("""{"jobOId":"bsjob_1","status":"succeeded","output":{"ok":true}}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _receiver.Handler.WaitForCountAsync(1);
        var handled = _receiver.Handler.Handled.Single();
        Assert.That(handled.RunId, Is.EqualTo("bsjob_1"));
        Assert.That(handled.Output!.Value.GetProperty("ok").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_wrong_token_gets_404_and_reaches_no_handler()
    {
        var wrong = CallbackUrls.NewToken();

        using var wrongToken = await _receiver.PostAsync("""{"jobOId":"bsjob_1","status":"succeeded"}""", wrong);
        using var almostRight = await _receiver.PostAsync("""{"jobOId":"bsjob_1","status":"succeeded"}""", _receiver.Token[..^1] + (_receiver.Token[^1] == 'A' ? 'B' : 'A'));
        using var unmapped = await _receiver.Http.PostAsync("/callbacks/elsewhere/" + _receiver.Token, new StringContent("{}"));

        Assert.That(wrongToken.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(almostRight.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await wrongToken.Content.ReadAsByteArrayAsync(), Is.EqualTo(await unmapped.Content.ReadAsByteArrayAsync()), "a wrong token looks like an unmapped route");
        await AssertQuietAsync();
        var receiverLogs = _receiver.Logs.Entries.Where(e => e.Category.StartsWith("Octave.Interactly.Sdk", StringComparison.Ordinal)).ToList();
        Assert.That(receiverLogs.Select(e => e.EventId.Id), Has.Some.EqualTo(4102), "the rejection is logged");
        Assert.That(receiverLogs.Select(e => e.Message), Has.None.Contains(wrong).And.None.Contains(_receiver.Token), "but never a token");
    }

    [Test]
    public async Task A_body_over_the_limit_gets_413_with_or_without_a_content_length()
    {
        var big = """{"jobOId":"bsjob_big","status":"succeeded","output":""" + "\"" + new string('x', 5000) + "\"}";

        using var withLength = await _receiver.PostAsync(big);
        using var chunked = await _receiver.Http.PostAsync(
            $"{ReceiverApp.BasePath}/{_receiver.Token}",
            new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(big))));

        Assert.That(withLength.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(chunked.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        await AssertQuietAsync();
    }

    [Test]
    public async Task A_body_just_under_the_limit_is_accepted()
    {
        var prefix = """{"jobOId":"bsjob_edge","status":"succeeded","output":""";
        var json = prefix + "\"" + new string('x', 4096 - prefix.Length - 3) + "\"}";
        Assert.That(Encoding.UTF8.GetByteCount(json), Is.EqualTo(4096));

        using var response = await _receiver.PostAsync(json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("this is not json")]
    [TestCase("""["jobOId"]""")]
    [TestCase("""{"status":"succeeded"}""")]
    [TestCase("")]
    public async Task A_malformed_body_gets_400_is_logged_and_the_app_keeps_serving(string body)
    {
        using var malformed = await _receiver.PostAsync(body);

        Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(malformed.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        using var problem = JsonDocument.Parse(await malformed.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Malformed callback"));
        Assert.That(_receiver.Logs.Entries.Any(e => e.EventId.Id == 4100 && e.Level == LogLevel.Warning && e.Exception is null), Is.True);

        using var next = await _receiver.PostAsync("""{"requestId":"req_after","status":"failed","error":"boom"}""");
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _receiver.Handler.WaitForCountAsync(1);
        Assert.That(_receiver.Handler.Handled.Single().Error, Is.EqualTo("boom"));
    }

    [Test]
    public async Task A_repeat_is_answered_200_but_not_handled_again_and_another_status_is()
    {
        using var first = await _receiver.PostAsync("""{"jobOId":"bsjob_7","status":"succeeded"}""");
        using var repeat = await _receiver.PostAsync("""{"jobOId":"bsjob_7","status":"succeeded"}""");
        using var other = await _receiver.PostAsync("""{"jobOId":"bsjob_7","status":"failed"}""");

        Assert.That(new[] { first.StatusCode, repeat.StatusCode, other.StatusCode }, Has.All.EqualTo(HttpStatusCode.OK));
        await _receiver.Handler.WaitForCountAsync(2);
        await AssertQuietAsync(expectedCount: 2);
    }

    [Test]
    public async Task The_completion_registry_completes_a_waiter()
    {
        var waiting = _receiver.Registry.WaitAsync("bsjob_wait");
        Assert.That(waiting.IsCompleted, Is.False);

        using var response = await _receiver.PostAsync("""{"jobOId":"bsjob_wait","status":"succeeded","output":{"rows":3}}""");

        var callback = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(callback.Status, Is.EqualTo(OctaveCallbackStatus.Succeeded));
        Assert.That(callback.Output!.Value.GetProperty("rows").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_callback_that_arrives_before_the_wait_is_still_seen()
    {
        using var response = await _receiver.PostAsync("""{"requestId":"req_early","status":"succeeded"}""");
        await _receiver.Handler.WaitForCountAsync(1);

        var callback = await _receiver.Registry.WaitAsync("req_early").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(callback.Kind, Is.EqualTo(OctaveRunKind.Agent));
    }

    [Test]
    public async Task Only_post_is_mapped()
    {
        using var get = await _receiver.Http.GetAsync($"{ReceiverApp.BasePath}/{_receiver.Token}");

        Assert.That((int)get.StatusCode, Is.EqualTo(405).Or.EqualTo(404));
    }

    // Nothing should reach the handler; give the dispatcher a moment to prove it wrong.
    private async Task AssertQuietAsync(int expectedCount = 0)
    {
        await Task.Delay(50);
        Assert.That(_receiver.Handler.Handled, Has.Count.EqualTo(expectedCount));
    }

    private sealed class NonSeekableStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
