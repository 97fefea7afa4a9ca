using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of the add-comment endpoints (run, turn and event): <c>{"content": "..."}</c>.</summary>
public sealed class AddRunCommentRequest
{
    /// <summary>The comment's text; required and not blank.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }
}
