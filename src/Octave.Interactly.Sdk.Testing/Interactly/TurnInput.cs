using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>One validated execute request: what the turn asks for, with the user's text already extracted.</summary>
internal sealed class TurnInput
{
    public required string Command { get; init; }

    public required string? RunId { get; init; }

    /// <summary>The <c>version</c> query value; only turn 1 uses it.</summary>
    public required int? Version { get; init; }

    /// <summary>The user's text: every human message of thread "0", joined by new lines.</summary>
    public required string UserText { get; init; }

    /// <summary>The user's message objects as sent, echoed in the <c>user_messages</c> event.</summary>
    public required JsonArray UserMessages { get; init; }

    /// <summary>The whole <c>run_input</c>, kept for the run record.</summary>
    public required JsonObject RunInput { get; init; }

    public required Dictionary<string, string> DynamicVariables { get; init; }

    public required Dictionary<string, string> RuntimeVariables { get; init; }

    public string? RunBy { get; init; }

    public string? TeamId { get; init; }

    public JsonObject? Miscellaneous { get; init; }

    public string? WelcomeMessage { get; init; }

    public string? StartNodeLogicalId { get; init; }
}
