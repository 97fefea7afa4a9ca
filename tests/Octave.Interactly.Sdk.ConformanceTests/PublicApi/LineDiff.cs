using System;
using System.Collections.Generic;
using System.Text;

namespace Octave.Interactly.Sdk.ConformanceTests.PublicApi;

/// <summary>A minimal line diff (longest common subsequence): the lines only in the old text (-) and only in the new (+).</summary>
internal static class LineDiff
{
    public static string Describe(string expected, string actual)
    {
        var before = Lines(expected);
        var after = Lines(actual);

        // common[i, j] = length of the longest common subsequence of before[i..] and after[j..].
        var common = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        int x = 0, y = 0;
        while (x < before.Length || y < after.Length)
        {
            if (x < before.Length && y < after.Length && before[x] == after[y])
            {
                x++;
                y++;
            }
            else if (y < after.Length && (x == before.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                output.Append("+ ").Append(after[y++]).Append('\n');
            }
            else
            {
                output.Append("- ").Append(before[x++]).Append('\n');
            }
        }

        return output.ToString();
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

}
