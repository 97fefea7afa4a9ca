using System;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// FNV-1a over a string. <see cref="string.GetHashCode()"/> is randomised per process, and the
/// emulator promises the same output for the same inputs in every process.
/// </summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 16777619;
        }

        return hash;
    }

    /// <summary>A value in [min, max] chosen by the hash of <paramref name="text"/>.</summary>
    public static int Between(string text, int min, int max) => min + (int)(Of(text) % (uint)(max - min + 1));
}
