using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// One step of an <see cref="InteractlyWorkflowScript"/>. A single shape serves every <see cref="Kind"/>;
/// each kind reads only the properties its documentation names.
/// </summary>
/// <remarks>
/// Texts may hold <c>{{name}}</c> placeholders, filled from the run's dynamic variables, captured values and
/// the built-ins <c>last_user_message</c>, <c>turn_number</c> and <c>version</c>. An unknown placeholder is left as written.
/// </remarks>
public sealed class ScriptNode
{
    /// <summary>Unique id of the node inside its script; events report it as <c>origin_node_logical_id</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>What the node does.</summary>
    public ScriptNodeKind Kind { get; set; }

    /// <summary>Display name reported as <c>origin_node_name</c>; the id when not set.</summary>
    public string? Name { get; set; }

    /// <summary>The node that follows; required for every kind except branch, fail and end.</summary>
    public string? Next { get; set; }

    /// <summary>Say text, LLM reply template, companion result, or fail error message.</summary>
    public string? Text { get; set; }

    /// <summary>For wait nodes: the variable that receives the user's text.</summary>
    public string? Capture { get; set; }

    /// <summary>For branch nodes: the routes tried in order.</summary>
    public IList<BranchRoute>? Routes { get; set; }

    /// <summary>For branch nodes: the node taken when no route matches.</summary>
    public string? Default { get; set; }

    /// <summary>For companion nodes: how many pump-companions calls the background work needs.</summary>
    public int Steps { get; set; } = 1;

    /// <summary>For emit nodes: the raw event object; it must have a string <c>type</c>.</summary>
    public JsonObject? Event { get; set; }

    /// <summary>Creates a say node.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="text">Text to speak; may hold placeholders.</param>
    /// <param name="next">The node that follows.</param>
    /// <returns>The node.</returns>
    public static ScriptNode Say(string id, string text, string next) =>
        new() { Id = id, Kind = ScriptNodeKind.Say, Text = text, Next = next };

    /// <summary>Creates a wait node.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="next">The node that follows once the user has answered.</param>
    /// <param name="capture">Variable that receives the user's text, or null.</param>
    /// <returns>The node.</returns>
    public static ScriptNode Wait(string id, string next, string? capture = null) =>
        new() { Id = id, Kind = ScriptNodeKind.Wait, Next = next, Capture = capture };

    /// <summary>Creates a branch node.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="defaultNext">The node taken when no route matches.</param>
    /// <param name="routes">The routes, tried in order.</param>
    /// <returns>The node.</returns>
    public static ScriptNode Branch(string id, string defaultNext, params BranchRoute[] routes) =>
        new() { Id = id, Kind = ScriptNodeKind.Branch, Default = defaultNext, Routes = new List<BranchRoute>(routes) };

    /// <summary>Creates an LLM stand-in node.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="template">Reply template; may hold placeholders.</param>
    /// <param name="next">The node that follows.</param>
    /// <returns>The node.</returns>
    public static ScriptNode Llm(string id, string template, string next) =>
        new() { Id = id, Kind = ScriptNodeKind.Llm, Text = template, Next = next };

    /// <summary>Creates a companion node.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="steps">Pump-companions calls needed before the work finishes.</param>
    /// <param name="result">What the companion says on the main thread when it finishes.</param>
    /// <param name="next">The node that follows at once.</param>
    /// <returns>The node.</returns>
    public static ScriptNode Companion(string id, int steps, string result, string next) =>
        new() { Id = id, Kind = ScriptNodeKind.Companion, Steps = steps, Text = result, Next = next };

    /// <summary>Creates a fail node.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="errorMessage">The run's error; may hold placeholders.</param>
    /// <returns>The node.</returns>
    public static ScriptNode Fail(string id, string errorMessage) =>
        new() { Id = id, Kind = ScriptNodeKind.Fail, Text = errorMessage };

    /// <summary>Creates an end node.</summary>
    /// <param name="id">Node id.</param>
    /// <returns>The node.</returns>
    public static ScriptNode End(string id) => new() { Id = id, Kind = ScriptNodeKind.End };

    /// <summary>Creates an emit node.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="rawEvent">The event object to emit; must have a string <c>type</c>.</param>
    /// <param name="next">The node that follows.</param>
    /// <returns>The node.</returns>
    public static ScriptNode Emit(string id, JsonObject rawEvent, string next) =>
        new() { Id = id, Kind = ScriptNodeKind.Emit, Event = rawEvent, Next = next };
}
