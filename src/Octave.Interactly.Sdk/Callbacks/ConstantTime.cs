using System;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Security.Cryptography;
#endif

namespace Octave.Interactly.Sdk;

/// <summary>
/// Comparisons whose duration does not depend on where two secrets first differ, so an attacker timing
/// the answers learns nothing about a token or a signature.
/// </summary>
internal static class ConstantTime
{
    public static bool AreEqual(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
#if NET8_0_OR_GREATER
        return CryptographicOperations.FixedTimeEquals(left, right);
#else
        return FixedTimeEquals(left, right);
#endif
    }

    /// <summary>Compares two strings by their UTF-16 code units in constant time (the length is not secret).</summary>
    public static bool AreEqual(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        return AreEqual(
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(left.AsSpan()),
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(right.AsSpan()));
    }

#if !NET8_0_OR_GREATER
    // The loop every branch-free comparison uses: differences are OR-ed together and inspected once at the end.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    private static bool FixedTimeEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
    }
#endif
}
