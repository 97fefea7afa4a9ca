namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// What a <see cref="ScriptNode"/> does when a scripted Interactly workflow reaches it.
/// In script JSON the kind is written in snake_case (<c>"say"</c>, <c>"wait"</c>, ...).
/// </summary>
public enum ScriptNodeKind
{
    /// <summary>Speaks <see cref="ScriptNode.Text"/> (placeholders filled) as an <c>assistant_response</c>, then moves to <see cref="ScriptNode.Next"/>.</summary>
    Say,

    /// <summary>
    /// Parks the run until the next turn brings user input (<c>busy_wait_for_user_message</c>).
    /// The input is stored in <see cref="ScriptNode.Capture"/> when set, then the run moves to <see cref="ScriptNode.Next"/>.
    /// </summary>
    Wait,

    /// <summary>Chooses the next node from <see cref="ScriptNode.Routes"/> (first match wins), else <see cref="ScriptNode.Default"/>.</summary>
    Branch,

    /// <summary>
    /// A deterministic stand-in for an LLM call: renders <see cref="ScriptNode.Text"/> as the reply and reports
    /// token usage, the way a real <c>say_llm</c> node does.
    /// </summary>
    Llm,

    /// <summary>
    /// Arms background work on a companion thread. It finishes after <see cref="ScriptNode.Steps"/> pump-companions calls,
    /// and then speaks <see cref="ScriptNode.Text"/> on the main thread. The run moves on to <see cref="ScriptNode.Next"/> at once.
    /// </summary>
    Companion,

    /// <summary>Fails the run with <see cref="ScriptNode.Text"/> as the error (<c>workflow_error</c>, status <c>failed</c>).</summary>
    Fail,

    /// <summary>Completes the run (<c>end_workflow</c>, status <c>completed</c>).</summary>
    End,

    /// <summary>
    /// Emits <see cref="ScriptNode.Event"/> verbatim as an event (common fields are added when missing),
    /// so clients can be tested against event types they do not know yet. Then moves to <see cref="ScriptNode.Next"/>.
    /// </summary>
    Emit,
}
