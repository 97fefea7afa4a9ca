using System.IO;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// A 50-event Interactly turn answer, recorded from the emulator's chat loop over five turns (start_workflow,
/// user_messages, node runs, assistant responses, show-state, iteration and ready-for-input events).
/// </summary>
internal static class RecordedTurn
{
    public const string ResourceName = "interactly-turn-50-events.json";

    public static byte[] Load()
    {
        using var stream = typeof(RecordedTurn).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new FileNotFoundException("Embedded resource missing.", ResourceName);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
