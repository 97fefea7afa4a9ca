namespace Octave.Interactly.Sdk;

/// <summary>
/// The clients of a named registration, for several tenants side by side:
/// <c>services.AddWorkflowClients("tenant-a", ...)</c>, then <c>factory.GetOctaveClient("tenant-a")</c>. The default
/// registration is named <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> (the empty string).
/// Each name has its own keys, HTTP handlers and circuit breakers. Every client is created once per name and is
/// thread-safe.
/// </summary>
public interface IWorkflowClientFactory
{
    /// <summary>The Octave endpoint layer of a registration.</summary>
    /// <param name="name">The registration's name; empty for the default one.</param>
    /// <returns>The endpoint layer.</returns>
    /// <exception cref="System.InvalidOperationException">No registration has this name, or it has no Octave key.</exception>
    IOctaveApi GetOctaveApi(string name);

    /// <summary>The Interactly endpoint layer of a registration.</summary>
    /// <param name="name">The registration's name; empty for the default one.</param>
    /// <returns>The endpoint layer.</returns>
    /// <exception cref="System.InvalidOperationException">No registration has this name, or it has no Interactly key.</exception>
    IInteractlyApi GetInteractlyApi(string name);

    /// <summary>The Octave run-and-await client of a registration, sharing the process's completion registry.</summary>
    /// <param name="name">The registration's name; empty for the default one.</param>
    /// <returns>The client.</returns>
    /// <exception cref="System.InvalidOperationException">No registration has this name, or it has no Octave key.</exception>
    OctaveClient GetOctaveClient(string name);

    /// <summary>The Interactly conversation client of a registration.</summary>
    /// <param name="name">The registration's name; empty for the default one.</param>
    /// <returns>The client.</returns>
    /// <exception cref="System.InvalidOperationException">No registration has this name, or it has no Interactly key.</exception>
    InteractlyClient GetInteractlyClient(string name);
}
