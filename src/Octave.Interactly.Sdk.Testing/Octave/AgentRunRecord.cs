using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>A started async agent or email-generation run; its outcome is fixed at start and revealed when its time is up.</summary>
internal sealed class AgentRunRecord
{
    public required string RequestId { get; init; }

    public required string AgentOId { get; init; }

    /// <summary>The request body without <c>agentOId</c> and <c>callbackUrl</c>: what the run works on.</summary>
    public required JsonObject Inputs { get; init; }

    public Uri? CallbackUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>The output on success; null when the run fails.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>The error message on failure; null when the run succeeds.</summary>
    public string? Error { get; init; }

    public DateTimeOffset CompletedAt => CreatedAt + Duration;

    public JsonObject StatusData(DateTimeOffset now)
    {
        bool done = now >= CompletedAt;
        return new JsonObject
        {
            ["requestId"] = RequestId,
            ["result"] = done && Error is null ? Output?.DeepClone() : null,
            ["error"] = done ? Error : null,
            ["createdAt"] = IsoTime.Format(CreatedAt),
        };
    }

    public JsonObject CallbackPayload() => new()
    {
        ["requestId"] = RequestId,
        ["agentOId"] = AgentOId,
        ["status"] = Error is null ? "succeeded" : "failed",
        ["output"] = Error is null ? Output?.DeepClone() : null,
        ["error"] = Error,
        ["completedAt"] = IsoTime.Format(CompletedAt),
    };
}
