using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// A path matcher: exact text, <c>*</c> inside the path matches one segment
/// (<c>/workflows/v1/workflows/*/execute</c>), a trailing <c>*</c> matches any rest (<c>/api/v2/*</c>).
/// </summary>
internal sealed class PathPattern
{
    private readonly Regex regex;

    public PathPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Text = pattern;
        var builder = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c != '*')
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
            else if (i == pattern.Length - 1)
            {
                builder.Append(".*");
            }
            else
            {
                builder.Append("[^/]*");
            }
        }

        builder.Append('$');
        regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    public string Text { get; }

    public bool IsMatch(string path) => regex.IsMatch(path);
}
