using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of the rating endpoints (turn and event): <c>{"value": "up"|"down"|"strong_up"}</c>.</summary>
public sealed class RateRunRequest
{
    /// <summary>The rating; one of <see cref="RunRatingValue.Up"/>, <see cref="RunRatingValue.Down"/>, <see cref="RunRatingValue.StrongUp"/>.</summary>
    [JsonPropertyName("value")]
    public RunRatingValue Value { get; set; }
}
