namespace Octave.Interactly.Sdk;

/// <summary>
/// Creates the clients of a named registration, for several tenants side by side:
/// <c>services.AddWorkflowClients("tenant-a", ...)</c>, then <c>factory.GetOctaveApi("tenant-a")</c>. The default
/// registration is named <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> (the empty string).
/// Each name has its own keys, HTTP handlers and circuit breakers. Clients are cheap to create and thread-safe.
/// </summary>
public interface IWorkflowClientFactory
{
    /// <summary>The Octave endpoint layer of a registration.</summary>
    /// <param name="name">The registration's name; empty for the default one.</param>
    /// <returns>The endpoint layer.</returns>
    /// <exception cref="System.InvalidOperationException">No registration has this name, or it has no Octave key.</exception>
    IOctaveApi GetOctaveApi(string name);
}
