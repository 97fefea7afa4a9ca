using System;

namespace Octave.Interactly.Sdk.Tests.Callbacks;

/// <summary>
/// <see cref="CallbackUrls.ForRoute"/> builds the URL from the application's root and the receiver's route template,
/// so the URL Octave calls and the route <c>MapOctaveCallbacks</c> maps come from one string.
/// </summary>
public sealed class CallbackUrlsForRouteTests
{
    private const string Token = "abcDEF0123456789_-xyz";

    [TestCase("https://app.example.com/", "/callbacks/octave/{token}", "https://app.example.com/callbacks/octave/" + Token)]
    [TestCase("https://app.example.com", "/callbacks/octave/{token}", "https://app.example.com/callbacks/octave/" + Token)]
    [TestCase("https://app.example.com/", "callbacks/octave/{token}", "https://app.example.com/callbacks/octave/" + Token)]
    [TestCase("https://app.example.com/", "~/callbacks/octave/{token}", "https://app.example.com/callbacks/octave/" + Token)]
    [TestCase("https://app.example.com/base/", "/callbacks/octave/{token}", "https://app.example.com/base/callbacks/octave/" + Token)]
    [TestCase("https://app.example.com/", "/hooks/{token}/octave", "https://app.example.com/hooks/" + Token + "/octave")]
    [TestCase("http://127.0.0.1:5000/", "/callbacks/octave/{token}", "http://127.0.0.1:5000/callbacks/octave/" + Token)]
    public void Puts_the_token_where_the_route_template_has_it(string root, string template, string expected)
    {
        var endpoint = CallbackUrls.ForRoute(new Uri(root), template, Token);

        Assert.That(endpoint.Url.AbsoluteUri, Is.EqualTo(expected));
        Assert.That(endpoint.Token, Is.EqualTo(Token));
    }

    [Test]
    public void Makes_a_fresh_token_when_none_is_given()
    {
        var endpoint = CallbackUrls.ForRoute(new Uri("https://app.example.com/"), "/callbacks/octave/{token}");

        Assert.That(endpoint.Url.AbsoluteUri, Is.EqualTo("https://app.example.com/callbacks/octave/" + endpoint.Token));
        Assert.That(endpoint.Token, Has.Length.EqualTo(43));
    }

    [TestCase("/callbacks/octave")]
    [TestCase("/callbacks/{tenant}/{token}")]
    [TestCase("/callbacks/octave/{token}?x=1")]
    [TestCase("/callbacks/octave/{token:minlength(16)}")]
    public void Refuses_a_template_without_exactly_one_plain_token_parameter(string template)
    {
        Assert.That(
            () => CallbackUrls.ForRoute(new Uri("https://app.example.com/"), template, Token),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("routeTemplate").And.Message.Contain("{token}"));
    }

    [Test]
    public void Refuses_a_plain_http_root_that_is_not_loopback_naming_it()
    {
        Assert.That(
            () => CallbackUrls.ForRoute(new Uri("http://app.example.com/"), "/callbacks/octave/{token}", Token),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("publicRoot"));
    }

    [Test]
    public void Refuses_a_short_token_without_repeating_it()
    {
        Assert.That(
            () => CallbackUrls.ForRoute(new Uri("https://app.example.com/"), "/callbacks/octave/{token}", "short"),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("token").And.Message.Not.Contain("short'"));
    }
}
