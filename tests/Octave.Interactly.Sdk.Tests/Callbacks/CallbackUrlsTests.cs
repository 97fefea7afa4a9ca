using System;
using System.Collections.Generic;
using System.Linq;

namespace Octave.Interactly.Sdk.Tests.Callbacks;

public sealed class CallbackUrlsTests
{
    private const string Token = "abcDEF0123456789_-xyz";

    [TestCase("https://app.example.com/callbacks/octave", "https://app.example.com/callbacks/octave/" + Token)]
    [TestCase("https://app.example.com/callbacks/octave/", "https://app.example.com/callbacks/octave/" + Token)]
    [TestCase("https://app.example.com", "https://app.example.com/" + Token)]
    [TestCase("https://app.example.com/", "https://app.example.com/" + Token)]
    [TestCase("https://app.example.com:8443/a/b//", "https://app.example.com:8443/a/b/" + Token)]
    [TestCase("http://127.0.0.1:5000/cb", "http://127.0.0.1:5000/cb/" + Token)]
    [TestCase("http://localhost/cb", "http://localhost/cb/" + Token)]
    [TestCase("http://[::1]:5000/cb", "http://[::1]:5000/cb/" + Token)]
    [TestCase("https://app.example.com/cb?tenant=7", "https://app.example.com/cb/" + Token + "?tenant=7")]
    public void Joins_the_token_as_the_last_path_segment(string baseUrl, string expected)
    {
        var endpoint = CallbackUrls.Create(new Uri(baseUrl), Token);

        Assert.That(endpoint.Url.AbsoluteUri, Is.EqualTo(expected));
        Assert.That(endpoint.Token, Is.EqualTo(Token));
    }

    [Test]
    public void Makes_a_fresh_token_when_none_is_given()
    {
        var first = CallbackUrls.Create(new Uri("https://app.example.com/cb"));
        var second = CallbackUrls.Create(new Uri("https://app.example.com/cb"));

        Assert.That(first.Token, Is.Not.EqualTo(second.Token));
        Assert.That(first.Url.AbsoluteUri, Is.EqualTo("https://app.example.com/cb/" + first.Token));
    }

    [Test]
    public void New_tokens_are_43_base64url_characters_from_32_random_bytes()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => CallbackUrls.NewToken()).ToList();

        Assert.That(tokens, Has.All.Length.EqualTo(43));
        Assert.That(tokens, Has.All.Matches<string>(t => t.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')));
        Assert.That(new HashSet<string>(tokens), Has.Count.EqualTo(200));
        Assert.DoesNotThrow(() => CallbackUrls.ValidateToken(tokens[0], "token"));
    }

    [TestCase("http://app.example.com/cb")]
    [TestCase("http://10.0.0.5/cb")]
    [TestCase("ftp://app.example.com/cb")]
    public void Refuses_a_base_url_that_is_not_https_or_loopback_http(string baseUrl)
    {
        Assert.That(() => CallbackUrls.Create(new Uri(baseUrl)), Throws.ArgumentException.With.Property("ParamName").EqualTo("publicBaseUrl"));
    }

    [Test]
    public void Refuses_a_relative_or_missing_base_url()
    {
        Assert.That(() => CallbackUrls.Create(new Uri("/cb", UriKind.Relative)), Throws.ArgumentException.With.Property("ParamName").EqualTo("publicBaseUrl"));
        Assert.That(() => CallbackUrls.Create(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("publicBaseUrl"));
        Assert.That(() => CallbackUrls.Create(new Uri("https://app.example.com/cb#frag")), Throws.ArgumentException.With.Property("ParamName").EqualTo("publicBaseUrl"));
    }

    [TestCase("")]
    [TestCase("short")]
    [TestCase("has/a/slash/in/it/1234")]
    [TestCase("has space in the token 1234")]
    [TestCase("pädding-äöü-unicode-tok")]
    public void Refuses_a_weak_or_unsafe_token_without_repeating_it(string token)
    {
        var exception = Assert.Throws<ArgumentException>(() => CallbackUrls.Create(new Uri("https://app.example.com/cb"), token));

        Assert.That(exception!.ParamName, Is.EqualTo("token"));
        if (token.Length > 0)
        {
            Assert.That(exception.Message, Does.Not.Contain(token));
        }
    }

    [Test]
    public void ToString_hides_the_token()
    {
        var endpoint = CallbackUrls.Create(new Uri("https://app.example.com/cb"), Token);

        Assert.That(endpoint.ToString(), Is.EqualTo("https://app.example.com/cb/***"));
    }

    [Test]
    public void Token_comparison_matches_only_the_exact_token()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CallbackUrls.TokenMatches(Token, Token), Is.True);
            Assert.That(CallbackUrls.TokenMatches(Token, Token.ToUpperInvariant()), Is.False);
            Assert.That(CallbackUrls.TokenMatches(Token, Token + "x"), Is.False);
            Assert.That(CallbackUrls.TokenMatches(Token, Token[..^1]), Is.False);
            Assert.That(CallbackUrls.TokenMatches(Token, ""), Is.False);
            Assert.That(CallbackUrls.TokenMatches(Token, null), Is.False);
        });
        Assert.That(() => CallbackUrls.TokenMatches("", "x"), Throws.ArgumentException.With.Property("ParamName").EqualTo("expectedToken"));
    }
}
