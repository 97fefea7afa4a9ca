using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Fills <c>{{name}}</c> placeholders the way Interactly prompts do. Unknown names stay as written,
/// so a missing variable is visible in the reply instead of silently vanishing.
/// </summary>
internal static partial class Placeholders
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(
            template,
            match => values.TryGetValue(match.Groups[1].Value, out string? value) ? value : match.Value);

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
