using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// The built-in workflows every emulator starts with. Their texts are part of the emulator's
/// documented behaviour: tests and samples assert on them.
/// </summary>
internal static class DemoWorkflows
{
    /// <summary>Builds fresh copies, so one catalogue's edits never leak into another.</summary>
    public static IEnumerable<InteractlyWorkflowScript> Create()
    {
        yield return Greeter();
        yield return ChatLoop();
        yield return Companion();
        yield return Failing();
    }

    private static InteractlyWorkflowScript Greeter() => new()
    {
        WorkflowId = InteractlyCatalog.GreeterWorkflowId,
        Name = "Greeter",
        Description = "Asks your name, greets you by it, answers one question, then completes. Version 2 greets differently.",
        StartNode = "choose_greeting",
        Versions = [1, 2],
        ActiveVersion = 1,
        Nodes =
        [
            ScriptNode.Branch("choose_greeting", "greet", new BranchRoute { Version = 2, Next = "greet_v2" }),
            ScriptNode.Say("greet", "Hello! I'm the demo assistant. What's your name?", "ask_name"),
            ScriptNode.Say("greet_v2", "Hi there (v2)! I'm the demo assistant. What's your name?", "ask_name"),
            ScriptNode.Wait("ask_name", "welcome", capture: "name"),
            ScriptNode.Say("welcome", "Nice to meet you, {{name}}! Ask me anything.", "ask_question"),
            ScriptNode.Wait("ask_question", "answer"),
            ScriptNode.Llm("answer", "Good question about \"{{last_user_message}}\". The answer is 42.", "done"),
            ScriptNode.End("done"),
        ],
    };

    private static InteractlyWorkflowScript ChatLoop() => new()
    {
        WorkflowId = InteractlyCatalog.ChatLoopWorkflowId,
        Name = "Chat loop",
        Description = "Answers every message with its turn number until you say \"bye\". Aborts with aborted_looping_risk past 20 turns.",
        StartNode = "intro",
        MaxTurns = 20,
        Nodes =
        [
            ScriptNode.Say("intro", "Let's chat! Say \"bye\" when you're done.", "listen"),
            ScriptNode.Wait("listen", "route"),
            ScriptNode.Branch("route", "echo", new BranchRoute { Contains = "bye", Next = "goodbye" }),
            ScriptNode.Llm("echo", "You said: {{last_user_message}} (turn {{turn_number}})", "listen"),
            ScriptNode.Say("goodbye", "Goodbye! Thanks for chatting.", "done"),
            ScriptNode.End("done"),
        ],
    };

    private static InteractlyWorkflowScript Companion() => new()
    {
        WorkflowId = InteractlyCatalog.CompanionWorkflowId,
        Name = "Companion",
        Description = "Starts background work that finishes after two pump-companions calls; your next message ends the run.",
        StartNode = "greet",
        Nodes =
        [
            ScriptNode.Say("greet", "Hello! I'm running a background check while we talk.", "background_check"),
            ScriptNode.Companion("background_check", 2, "Background check complete.", "listen"),
            ScriptNode.Wait("listen", "farewell"),
            ScriptNode.Say("farewell", "Thanks, that's everything. Goodbye!", "done"),
            ScriptNode.End("done"),
        ],
    };

    private static InteractlyWorkflowScript Failing() => new()
    {
        WorkflowId = InteractlyCatalog.FailingWorkflowId,
        Name = "Failing",
        Description = "Emits an event type clients do not know yet, waits for one message, then fails.",
        StartNode = "greet",
        Nodes =
        [
            ScriptNode.Say("greet", "This workflow fails after your next message.", "future_event"),
            ScriptNode.Emit(
                "future_event",
                new JsonObject { ["type"] = "future_event_kind", ["detail"] = "an event type added after this client was written" },
                "listen"),
            ScriptNode.Wait("listen", "boom"),
            ScriptNode.Fail("boom", "Simulated failure: the downstream tool returned an error."),
        ],
    };
}
