using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A portable export of a workflow from <c>GET /v1/workflows/{workflow_id}/export</c>. Its content is the service's own
/// format, kept whole in <see cref="AdditionalProperties"/> so it can be passed back to the import endpoint unchanged.
/// </summary>
public sealed class WorkflowBundle
{
    /// <summary>Every field of the bundle.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
