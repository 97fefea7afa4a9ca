namespace Octave.Interactly.Sdk.Testing;

/// <summary>Where delivery of a run's callback stands.</summary>
public enum CallbackDeliveryStatus
{
    /// <summary>The run has no callback URL, or is unknown.</summary>
    None,

    /// <summary>The run has not finished yet, or delivery is still being attempted.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; the outcome is visible only through the status endpoint.</summary>
    DeliveredFailed,
}
