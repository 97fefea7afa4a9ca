using System;

namespace Octave.Interactly.Sdk.Tests.Polling;

/// <summary>Out-of-range polling settings are rejected with the property named.</summary>
public sealed class PollingOptionsTests
{
    [Test]
    public void Defaults_are_valid() => Assert.That(() => new PollingOptions().Validate(), Throws.Nothing);

    [TestCase(nameof(PollingOptions.InitialInterval))]
    [TestCase(nameof(PollingOptions.MaxInterval))]
    [TestCase(nameof(PollingOptions.BackoffMultiplier))]
    [TestCase(nameof(PollingOptions.Jitter))]
    [TestCase(nameof(PollingOptions.MinRetryAfter))]
    [TestCase(nameof(PollingOptions.MaxRetryAfter))]
    [TestCase(nameof(PollingOptions.Timeout))]
    public void Each_bad_value_names_its_property(string property)
    {
        var options = new PollingOptions();
        switch (property)
        {
            case nameof(PollingOptions.InitialInterval): options.InitialInterval = TimeSpan.Zero; break;
            case nameof(PollingOptions.MaxInterval): options.MaxInterval = TimeSpan.FromSeconds(1); break;
            case nameof(PollingOptions.BackoffMultiplier): options.BackoffMultiplier = 0.5; break;
            case nameof(PollingOptions.Jitter): options.Jitter = 1; break;
            case nameof(PollingOptions.MinRetryAfter): options.MinRetryAfter = TimeSpan.FromSeconds(-1); break;
            case nameof(PollingOptions.MaxRetryAfter): options.MaxRetryAfter = TimeSpan.FromMilliseconds(10); break;
            case nameof(PollingOptions.Timeout): options.Timeout = TimeSpan.Zero; break;
        }

        Assert.Multiple(() =>
        {
            Assert.That(() => options.Validate(), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(property));
            Assert.That(() => new PollingSchedule(options), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(property));
        });
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_multiplier_that_is_not_finite_is_rejected(double multiplier) =>
        Assert.That(() => new PollingOptions { BackoffMultiplier = multiplier }.Validate(), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Client_options_are_validated_when_the_client_is_built()
    {
        var api = Support.TestApis.Octave(new System.Net.Http.HttpClient(), new OctaveOptions { ApiKey = "key-12345678" });
        Assert.Multiple(() =>
        {
            Assert.That(
                () => new OctaveClient(api, new OctaveClientOptions { Polling = new PollingOptions { Jitter = -0.1 } }),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Jitter"));
            Assert.That(
                () => new OctaveClient(api, new OctaveClientOptions { CallbackFallbackInterval = TimeSpan.Zero }),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("CallbackFallbackInterval"));
            Assert.That(
                () => new OctaveClient(api, new OctaveClientOptions { CallbackUrl = "http://hooks.example.com/cb" }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("CallbackUrl"));
        });
    }
}
