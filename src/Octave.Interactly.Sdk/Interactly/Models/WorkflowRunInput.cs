using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// One turn's input (<c>run_input</c>). A new instance already holds the main thread <c>"0"</c> with no node
/// inputs, because the server rejects input with zero threads.
/// </summary>
public sealed class WorkflowRunInput
{
    /// <summary>The id of the main thread, where the user's messages go.</summary>
    public const string MainThreadId = "0";

    /// <summary>The command: <c>start</c> on turn 1, <c>data</c> afterwards, <c>stop</c> to cancel.</summary>
    [JsonPropertyName("command")]
    public WorkflowCommand Command { get; set; } = WorkflowCommand.Start;

    /// <summary>Values for <c>{{name}}</c> placeholders in prompts, conditions and tools. Sent as <c>{}</c> by default.</summary>
    [JsonPropertyName("dynamic_variables")]
    public IDictionary<string, object?>? DynamicVariables { get; set; } = new Dictionary<string, object?>();

    /// <summary>Values for <c>[[name]]</c> placeholders. Sent as <c>{}</c> by default.</summary>
    [JsonPropertyName("runtime_variables")]
    public IDictionary<string, object?>? RuntimeVariables { get; set; } = new Dictionary<string, object?>();

    /// <summary>Free-form run metadata. Sent as <c>{}</c> by default.</summary>
    [JsonPropertyName("miscellaneous")]
    public IDictionary<string, object?>? Miscellaneous { get; set; } = new Dictionary<string, object?>();

    /// <summary>Per-thread node inputs; must contain the main thread <see cref="MainThreadId"/>.</summary>
    [JsonPropertyName("thread_to_node_inputs")]
    public IDictionary<string, NodesRunInputs> ThreadToNodeInputs { get; set; } =
        new Dictionary<string, NodesRunInputs> { [MainThreadId] = new NodesRunInputs() };

    /// <summary>The workflow version; prefer the <c>version</c> query parameter of the execute call.</summary>
    [JsonPropertyName("version_number")]
    public int? VersionNumber { get; set; }

    /// <summary>A label for who ran the workflow (the session facade sends <c>api</c>).</summary>
    [JsonPropertyName("run_by")]
    public string? RunBy { get; set; }

    /// <summary>An optional echo of the workflow id.</summary>
    [JsonPropertyName("workflow_id")]
    public string? WorkflowId { get; set; }

    /// <summary>The run to resume; normally unnecessary because the request's <c>run_id</c> does that.</summary>
    [JsonPropertyName("workflow_run_id")]
    public string? WorkflowRunId { get; set; }

    /// <summary>The team whose vendor credentials the run uses.</summary>
    [JsonPropertyName("team_id")]
    public string? TeamId { get; set; }

    /// <summary>Start from this node instead of the graph's start node.</summary>
    [JsonPropertyName("start_node_logical_id")]
    public string? StartNodeLogicalId { get; set; }

    /// <summary>
    /// A serialized run state. Present for completeness when reading run records; clients should not send it
    /// (the streaming driver rejects it outright).
    /// </summary>
    [JsonPropertyName("initial_state")]
    public JsonElement? InitialState { get; set; }

    /// <summary>An opening assistant line, honoured on the first turn only.</summary>
    [JsonPropertyName("welcome_message")]
    public string? WelcomeMessage { get; set; }

    /// <summary>Fields this SDK does not model, kept when reading and written back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// A run input carrying <paramref name="userMessage"/> as a <c>human</c> message in the main thread's LLM
    /// node input. With a null message, thread <c>"0"</c> is still present, with no node inputs.
    /// </summary>
    /// <param name="command">The command for this turn.</param>
    /// <param name="userMessage">The user's text, or null for none.</param>
    /// <returns>The run input.</returns>
    public static WorkflowRunInput ForUserMessage(WorkflowCommand command, string? userMessage)
    {
        var input = new WorkflowRunInput { Command = command };
        if (userMessage is not null)
        {
            input.ThreadToNodeInputs[MainThreadId].NodeRunInputs.Add(NodeRunInput.Llm(ChatMessage.Human(userMessage)));
        }

        return input;
    }
}
