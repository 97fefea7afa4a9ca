using System.Collections.Generic;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>What the first turn of a session sends.</summary>
public sealed class StartSessionOptions
{
    /// <summary>The workflow version; sent as the <c>version</c> query parameter on the first turn only. Null for the active version.</summary>
    public int? Version { get; set; }

    /// <summary>Values for <c>{{name}}</c> placeholders.</summary>
    public IDictionary<string, object?>? DynamicVariables { get; set; }

    /// <summary>Values for <c>[[name]]</c> placeholders.</summary>
    public IDictionary<string, object?>? RuntimeVariables { get; set; }

    /// <summary>Free-form run metadata.</summary>
    public IDictionary<string, object?>? Miscellaneous { get; set; }

    /// <summary>An opening assistant line.</summary>
    public string? WelcomeMessage { get; set; }

    /// <summary>The user's opening message, sent with the first turn; null to let the workflow speak first.</summary>
    public string? OpeningMessage { get; set; }

    /// <summary>The <c>run_by</c> label; the client's default (<c>api</c>) when null.</summary>
    public string? RunBy { get; set; }

    /// <summary>Start from this node instead of the graph's start node.</summary>
    public string? StartNodeLogicalId { get; set; }

    /// <summary>The team whose vendor credentials the run uses.</summary>
    public string? TeamId { get; set; }

    /// <summary>Per-request settings for the first turn.</summary>
    public WorkflowRequestOptions? RequestOptions { get; set; }

    /// <summary>
    /// When true, <see cref="InteractlyClient.StartSessionAsync"/> first asks the service which <c>{{…}}</c> variables the
    /// workflow expects and fails with an <see cref="System.ArgumentException"/> naming the missing ones, before the
    /// first turn. Off by default: it costs one extra request.
    /// </summary>
    public bool CheckDynamicVariables { get; set; }

    /// <summary>Checks the options before any I/O; the failure names the setting.</summary>
    internal void Validate()
    {
        Argument.NotNegative(Version, "version");
        if (OpeningMessage is not null)
        {
            Argument.NotEmpty(OpeningMessage, nameof(OpeningMessage));
        }
    }

    /// <summary>
    /// The first turn's input: the opening message and these options, with <paramref name="defaultRunBy"/> when
    /// <see cref="RunBy"/> is not set. The maps are copied, so later changes to these options do not reach the turn.
    /// </summary>
    internal WorkflowRunInput FirstTurnInput(string defaultRunBy)
    {
        var input = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, OpeningMessage);
        input.DynamicVariables = Copy(DynamicVariables);
        input.RuntimeVariables = Copy(RuntimeVariables);
        input.Miscellaneous = Copy(Miscellaneous);
        input.WelcomeMessage = WelcomeMessage;
        input.RunBy = RunBy ?? defaultRunBy;
        input.StartNodeLogicalId = StartNodeLogicalId;
        input.TeamId = TeamId;
        return input;
    }

    private static Dictionary<string, object?> Copy(IDictionary<string, object?>? values) =>
        values is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(values);
}
