using System.Text.Encodings.Web;
using System.Text.Json;

namespace Octave.Interactly.Sdk.Benchmarks;

/// <summary>How results are written: indented, and readable by people (no escaping of &lt;, &gt; or quotes).</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
