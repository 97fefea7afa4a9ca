using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Serialization;

/// <summary>Source-generated metadata for the primitive and dictionary shapes the SDK builds by hand.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class SdkPrimitivesJsonContext : JsonSerializerContext
{
}
