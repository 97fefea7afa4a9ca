using System.Net.Http;

namespace Octave.Interactly.Sdk.Tests.Support;

/// <summary>
/// The one place the tests build the endpoint layer over an <see cref="HttpClient"/> they own, so a change in how
/// the implementations are produced touches this file only.
/// </summary>
public static class TestApis
{
    /// <summary>The Octave endpoint layer; throws as the SDK does for invalid options.</summary>
    public static IOctaveApi Octave(HttpClient http, OctaveOptions options) => OctaveApi.Create(http, options);

    /// <summary>The Interactly endpoint layer; throws as the SDK does for invalid options.</summary>
    public static IInteractlyApi Interactly(HttpClient http, InteractlyOptions options) => InteractlyApi.Create(http, options);
}
