using System;
using System.Collections.Generic;
using System.Text.Json;
using Octave.Interactly.Sdk.Events;

namespace Octave.Interactly.Sdk;

/// <summary>
/// One turn of a session: the answer to the execute call plus the answers of any background-work pumps that
/// followed it. State properties describe the latest of those answers.
/// </summary>
public sealed class InteractlyTurn
{
    /// <summary>Creates a turn.</summary>
    /// <param name="response">The answer to the execute call.</param>
    /// <param name="pumpResponses">The answers of the pumps that followed, in order.</param>
    /// <param name="userMessage">The user's message sent with this turn, if any.</param>
    /// <param name="pumpError">The failure that ended pumping early, if any.</param>
    public InteractlyTurn(
        InteractiveRunResponse response,
        IReadOnlyList<InteractiveRunResponse>? pumpResponses = null,
        string? userMessage = null,
        Exception? pumpError = null)
    {
        Response = response ?? throw new ArgumentNullException(nameof(response));
        PumpResponses = pumpResponses ?? Array.Empty<InteractiveRunResponse>();
        UserMessage = userMessage;
        PumpError = pumpError;
        Events = PumpResponses.Count == 0 ? response.Events : Concatenate(response, PumpResponses);
        AssistantMessages = AssistantTexts.From(Events);
    }

    /// <summary>The answer to the execute call.</summary>
    public InteractiveRunResponse Response { get; }

    /// <summary>The answers of the background-work pumps that followed, in order; empty when none were needed.</summary>
    public IReadOnlyList<InteractiveRunResponse> PumpResponses { get; }

    /// <summary>The user's message sent with this turn; null for a first turn without one, or a stop.</summary>
    public string? UserMessage { get; }

    /// <summary>
    /// The failure that ended pumping early, if any. The turn itself was accepted by the server, so the failure is
    /// reported here rather than thrown (re-sending the turn would repeat the user's input).
    /// </summary>
    public Exception? PumpError { get; }

    /// <summary>Every event of the turn and its pumps, in order.</summary>
    public IReadOnlyList<InteractlyEvent> Events { get; }

    /// <summary>The text of every <c>assistant_response</c> of the turn and its pumps, in order.</summary>
    public IReadOnlyList<string> AssistantMessages { get; }

    /// <summary>The latest answer: the last pump's, or the execute call's when there were none.</summary>
    public InteractiveRunResponse LatestResponse => PumpResponses.Count == 0 ? Response : PumpResponses[PumpResponses.Count - 1];

    /// <summary>The run's status after the turn.</summary>
    public InteractlyRunStatus Status => LatestResponse.Status;

    /// <summary>The 1-based turn number.</summary>
    public int TurnNumber => Response.TurnNumber;

    /// <summary>True when the workflow waits for the next user message.</summary>
    public bool IsWaitingForInput => LatestResponse.IsWaitingForInput;

    /// <summary>True when the run is over.</summary>
    public bool IsCompleted => LatestResponse.IsCompleted || Status.IsTerminal;

    /// <summary>True when background work was still pending after the last pump.</summary>
    public bool HasBackgroundWork => LatestResponse.HasBackgroundWork;

    /// <summary>What the workflow waits for, as sent.</summary>
    public JsonElement? NextInputHint => LatestResponse.NextInputHint;

    /// <summary>The server's error, when the run failed.</summary>
    public string? Error => LatestResponse.Error ?? Response.Error;

    /// <summary>The execute call's events, then each pump's, in order.</summary>
    private static InteractlyEvent[] Concatenate(InteractiveRunResponse response, IReadOnlyList<InteractiveRunResponse> pumps)
    {
        var count = response.Events.Count;
        for (var i = 0; i < pumps.Count; i++)
        {
            count += pumps[i].Events.Count;
        }

        var events = new InteractlyEvent[count];
        var next = Copy(response.Events, events, 0);
        for (var i = 0; i < pumps.Count; i++)
        {
            next = Copy(pumps[i].Events, events, next);
        }

        return events;
    }

    private static int Copy(IReadOnlyList<InteractlyEvent> from, InteractlyEvent[] to, int at)
    {
        for (var i = 0; i < from.Count; i++)
        {
            to[at++] = from[i];
        }

        return at;
    }
}
