using System;
using System.Net.Http;

namespace Octave.Interactly.Sdk.Tests.DependencyInjection;

/// <summary>
/// Building the clients without a container reports a bad setting the same way for both APIs, by the options
/// property, with the same rules as start-up validation, before any request.
/// </summary>
public sealed class DirectConstructionTests
{
    private static readonly HttpClient Http = new();

    [Test]
    public void A_missing_key_is_reported_alike_by_both_clients()
    {
        var octave = Assert.Throws<ArgumentException>(() => OctaveClient.Create(Http, new OctaveOptions()));
        var interactly = Assert.Throws<ArgumentException>(() => new InteractlyClient(Http, new InteractlyOptions()));

        Assert.Multiple(() =>
        {
            Assert.That(octave, Is.Not.InstanceOf<ArgumentNullException>(), "a missing property is not a null argument");
            Assert.That(interactly, Is.Not.InstanceOf<ArgumentNullException>());
            Assert.That(octave!.Message, Does.StartWith("OctaveOptions.ApiKey is required."));
            Assert.That(interactly!.Message, Does.StartWith("InteractlyOptions.ApiKey is required."));
            Assert.That(octave.ParamName, Is.EqualTo("ApiKey"));
            Assert.That(interactly.ParamName, Is.EqualTo("ApiKey"));
        });
    }

    [TestCase("abc", "is too short: an API key has at least 8 characters")]
    [TestCase("has a space", "must not contain whitespace or control characters")]
    public void A_bad_key_breaks_the_rule_start_up_validation_applies(string key, string problem)
    {
        var octave = Assert.Throws<ArgumentException>(() => OctaveClient.Create(Http, new OctaveOptions { ApiKey = key }));
        var interactly = Assert.Throws<ArgumentException>(() => new InteractlyClient(Http, new InteractlyOptions { ApiKey = key }));

        Assert.That(octave!.Message, Does.StartWith("OctaveOptions.ApiKey " + problem));
        Assert.That(interactly!.Message, Does.StartWith("InteractlyOptions.ApiKey " + problem));
        Assert.That(octave.Message + interactly.Message, Does.Not.Contain("'" + key + "'"));
    }

    [Test]
    public void A_plain_http_base_url_is_refused_unless_it_is_loopback()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            OctaveClient.Create(Http, new OctaveOptions { ApiKey = "octave-key", BaseUrl = new Uri("http://octave.example/") }));
        Assert.That(error!.Message, Does.StartWith("OctaveOptions.BaseUrl must use HTTPS"));

        Assert.That(
            () => new InteractlyClient(Http, new InteractlyOptions { ApiKey = "interactly-key", BaseUrl = new Uri("http://127.0.0.1:5080/workflows/") }),
            Throws.Nothing);
    }

    [Test]
    public void Null_arguments_are_named()
    {
        Assert.That(() => OctaveClient.Create(Http, null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("octaveOptions"));
        Assert.That(() => new InteractlyClient(Http, (InteractlyOptions)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("options"));
    }
}
