namespace Octave.Interactly.Sdk;

/// <summary>The WebSocket close codes the Interactly streaming driver (<c>WS /v1/workflow-runs/ws</c>) uses.</summary>
public static class InteractlyStreamCloseCodes
{
    /// <summary>1000: the run ended normally; the stream ends without an error.</summary>
    public const int Normal = 1000;

    /// <summary>4006: the first frame carried <c>initial_state</c>, which clients must not send.</summary>
    public const int InitialStateRejected = 4006;

    /// <summary>4007: the re-run token was invalid or had expired.</summary>
    public const int InvalidRerunToken = 4007;
}
