namespace Octave.Interactly.Sdk.Testing;

/// <summary>Temporary stand-in for the emulator host's options; replaced when the branches merge.</summary>
public sealed class WorkflowEmulatorOptions
{
    /// <summary>TCP port to listen on (loopback only). 0 picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>Seed for every random choice the emulator makes, so runs are repeatable.</summary>
    public int Seed { get; set; } = 1;
}
