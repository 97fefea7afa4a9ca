using System;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Octave.Interactly.Sdk.Tests.Callbacks;

public sealed class InteractlyWebhookVerifierTests
{
    private const string Secret = "whsec_current_0123456789";
    private const string OldSecret = "whsec_previous_9876543210";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event":"workflow_run.completed","workflow_run_id":"665f1c2e8b3a4d0012345678"}""");

    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void CreateClock() => _clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private InteractlyWebhookVerifier Verifier(params string[] secrets) => new(secrets, timeProvider: _clock);

    private string Now => _clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Signer_matches_a_known_hmac_sha256_vector()
    {
        // RFC 4231 test case 2.
        var signature = InteractlyWebhookSigner.Sign(Encoding.ASCII.GetBytes("what do ya want for nothing?"), "Jefe");

        Assert.That(signature, Is.EqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    [Test]
    public void Accepts_a_correctly_signed_fresh_delivery()
    {
        var signature = InteractlyWebhookSigner.Sign(Body, Secret);

        var result = Verifier(Secret).Validate(Body, signature, Now);

        Assert.That(result.IsValid, Is.True, result.ToString());
        Assert.That(result.Timestamp, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds())));
    }

    [TestCase("sha256=")]
    [TestCase("SHA256=")]
    [TestCase("  sha256= ")]
    public void Accepts_the_sha256_prefix_and_upper_case_hex(string prefix)
    {
        var signature = prefix + InteractlyWebhookSigner.Sign(Body, Secret).ToUpperInvariant();

        Assert.That(Verifier(Secret).Verify(Body, signature, null), Is.True);
    }

    [Test]
    public void A_missing_timestamp_is_allowed_because_the_header_is_optional()
    {
        Assert.That(Verifier(Secret).Verify(Body, InteractlyWebhookSigner.Sign(Body, Secret), null), Is.True);
    }

    [Test]
    public void Rejects_a_tampered_body()
    {
        var signature = InteractlyWebhookSigner.Sign(Body, Secret);
        var tampered = (byte[])Body.Clone();
        tampered[^2] ^= 1;

        var result = Verifier(Secret).Validate(tampered, signature, Now);

        Assert.That(result.Failure, Is.EqualTo(InteractlyWebhookVerificationFailure.SignatureMismatch));
    }

    [Test]
    public void Rejects_a_delivery_signed_with_another_secret()
    {
        var signature = InteractlyWebhookSigner.Sign(Body, "someone-elses-secret");

        Assert.That(Verifier(Secret).Validate(Body, signature, Now).Failure, Is.EqualTo(InteractlyWebhookVerificationFailure.SignatureMismatch));
    }

    [Test]
    public void Accepts_either_secret_during_rotation_and_only_the_new_one_after()
    {
        var signedWithOld = InteractlyWebhookSigner.Sign(Body, OldSecret);
        var signedWithNew = InteractlyWebhookSigner.Sign(Body, Secret);

        Assert.Multiple(() =>
        {
            Assert.That(Verifier(Secret, OldSecret).Verify(Body, signedWithOld, Now), Is.True);
            Assert.That(Verifier(Secret, OldSecret).Verify(Body, signedWithNew, Now), Is.True);
            Assert.That(Verifier(Secret).Verify(Body, signedWithOld, Now), Is.False);
        });
    }

    [Test]
    public void Rejects_a_stale_timestamp_and_accepts_one_just_inside_the_tolerance()
    {
        var signature = InteractlyWebhookSigner.Sign(Body, Secret);
        var sent = _clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var verifier = Verifier(Secret);

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(verifier.Verify(Body, signature, sent), Is.True, "exactly 5 minutes is still within tolerance");

        _clock.Advance(TimeSpan.FromSeconds(1));
        var result = verifier.Validate(Body, signature, sent);
        Assert.That(result.Failure, Is.EqualTo(InteractlyWebhookVerificationFailure.StaleTimestamp));
        Assert.That(result.Message, Does.Contain("301 s"));
    }

    [Test]
    public void Rejects_a_timestamp_too_far_in_the_future()
    {
        var signature = InteractlyWebhookSigner.Sign(Body, Secret);
        var future = _clock.GetUtcNow().AddMinutes(6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nearFuture = _clock.GetUtcNow().AddMinutes(4).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Verifier(Secret).Validate(Body, signature, future).Failure, Is.EqualTo(InteractlyWebhookVerificationFailure.FutureTimestamp));
        Assert.That(Verifier(Secret).Verify(Body, signature, nearFuture), Is.True, "small clock skew is tolerated");
    }

    [Test]
    public void A_custom_tolerance_applies()
    {
        var verifier = new InteractlyWebhookVerifier(new[] { Secret }, TimeSpan.FromSeconds(30), _clock);
        var signature = InteractlyWebhookSigner.Sign(Body, Secret);
        var sent = Now;

        _clock.Advance(TimeSpan.FromSeconds(31));

        Assert.That(verifier.Validate(Body, signature, sent).Failure, Is.EqualTo(InteractlyWebhookVerificationFailure.StaleTimestamp));
    }

    [TestCase(null, InteractlyWebhookVerificationFailure.MissingSignature)]
    [TestCase("", InteractlyWebhookVerificationFailure.MissingSignature)]
    [TestCase("   ", InteractlyWebhookVerificationFailure.MissingSignature)]
    [TestCase("sha256=", InteractlyWebhookVerificationFailure.MalformedSignature)]
    [TestCase("not-hex-at-all", InteractlyWebhookVerificationFailure.MalformedSignature)]
    [TestCase("abcd", InteractlyWebhookVerificationFailure.MalformedSignature)]
    [TestCase("zz00000000000000000000000000000000000000000000000000000000000000", InteractlyWebhookVerificationFailure.MalformedSignature)]
    [TestCase("0000000000000000000000000000000000000000000000000000000000000000", InteractlyWebhookVerificationFailure.SignatureMismatch)]
    public void Rejects_a_missing_or_malformed_signature(string? signature, InteractlyWebhookVerificationFailure expected)
    {
        Assert.That(Verifier(Secret).Validate(Body, signature, Now).Failure, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("yesterday")]
    [TestCase("1.5")]
    [TestCase("99999999999999999999")]
    public void Rejects_a_malformed_timestamp(string timestamp)
    {
        var result = Verifier(Secret).Validate(Body, InteractlyWebhookSigner.Sign(Body, Secret), timestamp);

        Assert.That(result.Failure, Is.EqualTo(InteractlyWebhookVerificationFailure.MalformedTimestamp));
    }

    [Test]
    public void VerifyOrThrow_throws_with_the_reason_and_never_the_secret_or_signature()
    {
        var signature = InteractlyWebhookSigner.Sign(Body, "wrong-secret-value");

        var exception = Assert.Throws<InteractlyWebhookVerificationException>(() => Verifier(Secret).VerifyOrThrow(Body, signature, Now));

        Assert.That(exception!.Failure, Is.EqualTo(InteractlyWebhookVerificationFailure.SignatureMismatch));
        Assert.That(exception.Message, Does.Not.Contain(Secret).And.Not.Contain(signature));
        Assert.DoesNotThrow(() => Verifier(Secret).VerifyOrThrow(Body, InteractlyWebhookSigner.Sign(Body, Secret), Now));
    }

    [Test]
    public void Signer_headers_round_trip_through_the_verifier()
    {
        var headers = InteractlyWebhookSigner.CreateHeaders(Body, Secret, _clock.GetUtcNow());

        Assert.That(headers.Keys, Is.EquivalentTo(new[] { InteractlyWebhookHeaders.Signature, InteractlyWebhookHeaders.Timestamp }));
        Assert.That(Verifier(Secret).Verify(Body, headers["X-Interactly-Signature"], headers["x-interactly-timestamp"]), Is.True);
    }

    [Test]
    public void An_empty_body_can_be_signed_and_verified()
    {
        var signature = InteractlyWebhookSigner.Sign(ReadOnlySpan<byte>.Empty, Secret);

        Assert.That(Verifier(Secret).Verify(ReadOnlySpan<byte>.Empty, signature, null), Is.True);
        Assert.That(Verifier(Secret).Verify(Body, signature, null), Is.False);
    }

    [Test]
    public void Rejects_bad_configuration_naming_the_field()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new InteractlyWebhookVerifier(Array.Empty<string>()), Throws.ArgumentException.With.Property("ParamName").EqualTo("secrets"));
            Assert.That(() => new InteractlyWebhookVerifier(new[] { Secret, "" }), Throws.ArgumentException.With.Property("ParamName").EqualTo("secrets"));
            Assert.That(() => new InteractlyWebhookVerifier((string[])null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("secrets"));
            Assert.That(() => new InteractlyWebhookVerifier(""), Throws.ArgumentException.With.Property("ParamName").EqualTo("secret"));
            Assert.That(() => new InteractlyWebhookVerifier(Secret, TimeSpan.Zero), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("tolerance"));
            Assert.That(() => InteractlyWebhookSigner.Sign(Body, ""), Throws.ArgumentException.With.Property("ParamName").EqualTo("secret"));
        });
    }
}
