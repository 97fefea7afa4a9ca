using System;
using System.Globalization;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>The one timestamp format on the wire: ISO-8601 UTC with milliseconds.</summary>
internal static class IsoTime
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
