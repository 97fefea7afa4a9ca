namespace Octave.Interactly.Sdk.Events;

/// <summary>The values of <see cref="SelfLoopExhaustedEvent.Outcome"/> the API documents.</summary>
public static class SelfLoopOutcomes
{
    /// <summary>The loop reached its <c>max_retries</c>.</summary>
    public const string MaxRetries = "max_retries";

    /// <summary>The loop ran past its <c>expiry_time</c>.</summary>
    public const string ExpiryTime = "expiry_time";
}
