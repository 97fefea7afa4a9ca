using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Plays scripts turn by turn. Callers hold the run's lock; every method returns the events of
/// the turn (also recorded on the run) and leaves the run in its new status.
/// </summary>
/// <remarks>
/// A turn runs nodes from where the run stands until a wait node parks it or the script ends.
/// The text a turn brings is consumed only by the wait node the run was parked at, so an opening
/// line sent on turn 1 is echoed and remembered as <c>last_user_message</c> but answers no question.
/// </remarks>
internal sealed class ScriptInterpreter
{
    /// <summary>Nodes one turn may visit before the run is judged to be looping.</summary>
    internal const int NodeVisitLimit = 1000;

    /// <summary>Said when a waiting node receives an empty message; the run keeps waiting at the same node.</summary>
    internal const string RepromptText = "Sorry, I didn't catch that. Could you say it again?";

    private readonly EventFactory events;
    private readonly InteractlyIds ids;

    public ScriptInterpreter(EventFactory events, InteractlyIds ids)
    {
        this.events = events;
        this.ids = ids;
    }

    /// <summary>Turn 1: starts the run at <paramref name="startNode"/>.</summary>
    public List<JsonObject> Start(InteractlyRun run, TurnInput input, ScriptNode startNode)
    {
        var turn = new TurnRecorder(run);
        run.TurnNumber = 1;
        run.Status = InteractlyRunStatus.Running;
        run.RunBy = input.RunBy ?? "api";
        run.TeamId = input.TeamId ?? "";
        run.Miscellaneous = (JsonObject?)input.Miscellaneous?.DeepClone() ?? [];
        MergeVariables(run, input);
        turn.Add(events.Create("start_workflow"));
        AcceptUserText(turn, input);
        if (!string.IsNullOrEmpty(input.WelcomeMessage))
        {
            string welcome = Render(run, input.WelcomeMessage);
            turn.Add(Assistant(events.Create("assistant_response"), welcome, null));
        }

        Advance(turn, startNode);
        return Finish(turn, input.RunInput);
    }

    /// <summary>Turns 2 and later: applies the command. The caller has ruled out terminal runs and data sent to a paused run.</summary>
    public List<JsonObject> Continue(InteractlyRun run, TurnInput input)
    {
        var turn = new TurnRecorder(run);
        run.TurnNumber++;
        MergeVariables(run, input);
        switch (input.Command)
        {
            case "stop":
                run.Status = InteractlyRunStatus.Cancelled;
                run.TerminationSource = "user_request";
                break;
            case "pause":
                Pause(turn);
                break;
            case "resume":
                Reannounce(turn);
                break;
            default:
                AnswerParkedNode(turn, input);
                break;
        }

        return Finish(turn, input.RunInput);
    }

    /// <summary>One pump-companions call: every companion takes one step; finished ones speak on the main thread.</summary>
    public List<JsonObject> Pump(InteractlyRun run)
    {
        var turn = new TurnRecorder(run);
        if (run.IsTerminal || run.Companions.Count == 0)
        {
            return turn.Events;
        }

        foreach (CompanionWork companion in run.Companions.ToList())
        {
            companion.AttemptsCompleted++;
            JsonObject boundary = turn.Add(events.Create("companion_step_boundary", companion.ThreadId));
            boundary["companion_thread_id"] = companion.ThreadId;
            boundary["attempts_completed"] = companion.AttemptsCompleted;
            boundary["deadline_epoch"] = companion.DeadlineEpoch;
            boundary["still_active"] = !companion.IsFinished;
            if (companion.IsFinished)
            {
                string nodeRunId = ids.NewObjectId();
                string result = Render(run, companion.Node.Text ?? "");
                turn.Add(Assistant(events.ForNode("assistant_response", companion.Node, nodeRunId), result, null));
                JsonObject ended = turn.Add(events.Create("end_thread", companion.ThreadId));
                ended["last_node_logical_id"] = companion.Node.Id;
                run.Companions.Remove(companion);
            }
        }

        if (run.Status == InteractlyRunStatus.WaitingForUserInput)
        {
            turn.Add(ReadyForInput(run));
        }

        run.UpdatedAt = events.UtcNow();
        if (run.InputOutputPairs.Count > 0 && run.InputOutputPairs[^1]["run_output"]?["events"] is JsonArray recorded)
        {
            foreach (JsonObject emitted in turn.Events)
            {
                recorded.Add(emitted.DeepClone());
            }
        }

        return turn.Events;
    }

    private void AnswerParkedNode(TurnRecorder turn, TurnInput input)
    {
        InteractlyRun run = turn.Run;
        if (run.TurnNumber > run.Script.MaxTurns)
        {
            AcceptUserText(turn, input);
            Abort(turn, string.Create(
                CultureInfo.InvariantCulture,
                $"Turn {run.TurnNumber} exceeds the limit of {run.Script.MaxTurns} turns; the run was stopped to avoid a conversation loop."));
            return;
        }

        AcceptUserText(turn, input);
        ScriptNode? parked = run.ParkedNode;
        if (parked is null)
        {
            // Only reachable if a script changed under a live run; treat it as a finished conversation.
            run.Status = InteractlyRunStatus.Completed;
            return;
        }

        if (input.UserText.Trim().Length == 0)
        {
            turn.Add(Assistant(events.ForNode("assistant_response", parked, ids.NewObjectId()), RepromptText, null));
            Park(turn, parked, ids.NewObjectId());
            return;
        }

        if (!string.IsNullOrEmpty(parked.Capture))
        {
            run.Variables[parked.Capture] = input.UserText;
            run.RuntimeVariables[parked.Capture] = input.UserText;
        }

        run.ParkedNode = null;
        JsonObject ended = turn.Add(events.ForNode("end_node_run", parked, ids.NewObjectId()));
        ended["run_output"] = new JsonObject
        {
            ["type"] = "user_input",
            ["content"] = input.UserText,
            ["captured_variable"] = parked.Capture,
        };
        Advance(turn, Node(run, parked.Next));
    }

    private void AcceptUserText(TurnRecorder turn, TurnInput input)
    {
        if (input.UserMessages.Count == 0)
        {
            return;
        }

        JsonObject received = turn.Add(events.Create("user_messages"));
        received["messages"] = input.UserMessages.DeepClone();
        if (input.UserText.Length > 0)
        {
            turn.Run.LastUserMessage = input.UserText;
        }
    }

    private void Advance(TurnRecorder turn, ScriptNode first)
    {
        InteractlyRun run = turn.Run;
        ScriptNode node = first;
        run.Status = InteractlyRunStatus.Running;
        for (int visits = 1; ; visits++)
        {
            if (visits > NodeVisitLimit)
            {
                Abort(turn, string.Create(
                    CultureInfo.InvariantCulture,
                    $"More than {NodeVisitLimit} nodes ran in one turn without waiting for the user; the run was stopped to avoid a loop."));
                return;
            }

            string nodeRunId = ids.NewObjectId();
            turn.NodesExecuted++;
            ScriptNode? next = RunNode(turn, node, nodeRunId);
            if (next is null)
            {
                return;
            }

            node = next;
        }
    }

    /// <summary>Runs one node; returns the node that follows, or null when the turn stops here.</summary>
    private ScriptNode? RunNode(TurnRecorder turn, ScriptNode node, string nodeRunId)
    {
        InteractlyRun run = turn.Run;
        switch (node.Kind)
        {
            case ScriptNodeKind.Say:
            {
                string text = Render(run, node.Text ?? "");
                StartNode(turn, node, nodeRunId, new JsonObject { ["type"] = "base_node" });
                turn.Add(Assistant(events.ForNode("assistant_response", node, nodeRunId), text, null));
                EndNode(turn, node, nodeRunId, new JsonObject { ["type"] = "say_static", ["message"] = AiMessage(text) });
                return Node(run, node.Next);
            }

            case ScriptNodeKind.Llm:
                RunLlm(turn, node, nodeRunId);
                return Node(run, node.Next);

            case ScriptNodeKind.Wait:
                StartNode(turn, node, nodeRunId, new JsonObject { ["type"] = "llm", ["messages"] = new JsonArray() });
                Park(turn, node, nodeRunId);
                return null;

            case ScriptNodeKind.Branch:
            {
                string chosen = ChooseRoute(run, node);
                StartNode(turn, node, nodeRunId, new JsonObject { ["type"] = "base_node" });
                EndNode(turn, node, nodeRunId, new JsonObject { ["type"] = "branch", ["chosen_next_node_logical_id"] = chosen });
                return Node(run, chosen);
            }

            case ScriptNodeKind.Companion:
                ArmCompanion(turn, node, nodeRunId);
                return Node(run, node.Next);

            case ScriptNodeKind.Emit:
                turn.Add(events.FromRaw(node.Event!, node, nodeRunId));
                return Node(run, node.Next);

            case ScriptNodeKind.Fail:
                StartNode(turn, node, nodeRunId, new JsonObject { ["type"] = "base_node" });
                run.Status = InteractlyRunStatus.Failed;
                run.Error = Render(run, node.Text ?? "The workflow failed.");
                run.TerminationSource = "execution_error";
                return null;

            default:
                StartNode(turn, node, nodeRunId, new JsonObject { ["type"] = "base_node" });
                EndNode(turn, node, nodeRunId, new JsonObject { ["type"] = "base_node" });
                run.Status = InteractlyRunStatus.Completed;
                return null;
        }
    }

    private void RunLlm(TurnRecorder turn, ScriptNode node, string nodeRunId)
    {
        InteractlyRun run = turn.Run;
        string reply = Render(run, node.Text ?? "");
        var humanMessage = new JsonObject { ["type"] = "human", ["content"] = run.LastUserMessage };
        StartNode(turn, node, nodeRunId, new JsonObject { ["type"] = "llm", ["messages"] = new JsonArray(humanMessage) });
        LlmReply usage = LlmStandIn.Reply(run.LastUserMessage, reply, run.TurnNumber, "resp_" + ids.NewObjectId());
        run.LlmUsage.Add(usage.PromptTokens, usage.CompletionTokens, usage.LatencyMilliseconds);
        turn.CountLlmCall(usage.LatencyMilliseconds);
        turn.Add(Assistant(events.ForNode("assistant_response", node, nodeRunId), reply, usage.UsageInfo.DeepClone()));
        EndNode(turn, node, nodeRunId, new JsonObject
        {
            ["type"] = "say_llm",
            ["message"] = AiMessage(reply),
            ["structured_output"] = null,
            ["llm_usage_info"] = usage.UsageInfo,
        });
    }

    private void ArmCompanion(TurnRecorder turn, ScriptNode node, string nodeRunId)
    {
        InteractlyRun run = turn.Run;
        string threadId = EventFactory.MainThread + "_companion_" + node.Id;
        StartNode(turn, node, nodeRunId, new JsonObject { ["type"] = "base_node" });
        run.Companions.RemoveAll(c => c.ThreadId == threadId);
        run.Companions.Add(new CompanionWork(node, threadId, events.Now() + 3600));
        turn.Add(events.Create("start_thread", threadId));
        EndNode(turn, node, nodeRunId, new JsonObject { ["type"] = "companion", ["companion_thread_id"] = threadId });
    }

    private void Park(TurnRecorder turn, ScriptNode node, string nodeRunId)
    {
        InteractlyRun run = turn.Run;
        JsonObject busyWait = turn.Add(events.ForNode("busy_wait_for_user_message", node, nodeRunId));
        run.ParkedNode = node;
        run.LastBusyWait = busyWait;
        run.Status = InteractlyRunStatus.WaitingForUserInput;
    }

    private void Pause(TurnRecorder turn)
    {
        InteractlyRun run = turn.Run;
        JsonObject paused = turn.Add(events.Create("pause_thread"));
        paused["last_node_logical_id"] = run.ParkedNode?.Id;
        run.Status = InteractlyRunStatus.Paused;
    }

    /// <summary>Resume puts a paused run back to waiting and repeats the busy-wait, so the client knows where it stands.</summary>
    private void Reannounce(TurnRecorder turn)
    {
        InteractlyRun run = turn.Run;
        if (run.ParkedNode is { } parked)
        {
            Park(turn, parked, ids.NewObjectId());
        }
        else
        {
            run.Status = InteractlyRunStatus.Completed;
        }
    }

    private void Abort(TurnRecorder turn, string reason)
    {
        InteractlyRun run = turn.Run;
        JsonObject warning = turn.Add(events.Create("workflow_warning"));
        warning["warning_message"] = reason;
        run.Status = InteractlyRunStatus.AbortedLoopingRisk;
        run.Error = reason;
        run.TerminationSource = "looping_risk";
        run.ParkedNode = null;
    }

    /// <summary>Closes the turn: state snapshot, iteration marker, then the event that tells the client what comes next.</summary>
    private List<JsonObject> Finish(TurnRecorder turn, JsonObject runInput)
    {
        InteractlyRun run = turn.Run;
        JsonObject state = turn.Add(events.Create("workflow_show_state"));
        state["thread_id"] = EventFactory.MainThread;
        state["runtime_variables"] = StringMap(run.RuntimeVariables);
        state["workflow_runtime_variables"] = new JsonObject
        {
            ["turn_number"] = run.TurnNumber,
            ["version_number"] = run.Version,
            ["last_user_message"] = run.LastUserMessage,
        };

        JsonObject iteration = turn.Add(events.Create("end_workflow_iteration"));
        iteration["iteration_number"] = run.TurnNumber;
        iteration["iteration_metrics"] = turn.MetricsJson();

        switch (run.Status)
        {
            case InteractlyRunStatus.WaitingForUserInput:
                turn.Add(ReadyForInput(run));
                break;
            case InteractlyRunStatus.Completed or InteractlyRunStatus.Cancelled:
                JsonObject ended = turn.Add(events.Create("end_workflow"));
                ended["llm_token_usage"] = run.LlmUsage.TokenUsageJson();
                ended["llm_latency_stats"] = run.LlmUsage.LatencyStatsJson();
                break;
            case InteractlyRunStatus.Failed or InteractlyRunStatus.AbortedLoopingRisk:
                JsonObject failed = turn.Add(events.Create("workflow_error"));
                failed["error_message"] = run.Error;
                failed["stack_trace"] = "Traceback (most recent call last):\n  WorkflowEmulator scripted node\nWorkflowError: " + run.Error;
                failed["llm_token_usage"] = run.LlmUsage.TokenUsageJson();
                failed["llm_latency_stats"] = run.LlmUsage.LatencyStatsJson();
                break;
        }

        if (run.IsTerminal)
        {
            run.Companions.Clear();
            run.ParkedNode = null;
        }

        run.UpdatedAt = events.UtcNow();
        var recorded = new JsonArray();
        foreach (JsonObject emitted in turn.Events)
        {
            recorded.Add(emitted.DeepClone());
        }

        run.InputOutputPairs.Add(new JsonObject
        {
            ["run_input"] = runInput.DeepClone(),
            ["run_output"] = new JsonObject { ["events"] = recorded, ["thread_to_node_outputs"] = new JsonObject() },
        });
        return turn.Events;
    }

    private JsonObject ReadyForInput(InteractlyRun run)
    {
        JsonObject ready = events.Create("workflow_ready_for_input");
        var active = new JsonArray();
        foreach (CompanionWork companion in run.Companions)
        {
            active.Add(companion.ThreadId);
        }

        ready["active_companion_thread_ids"] = active;
        return ready;
    }

    private void StartNode(TurnRecorder turn, ScriptNode node, string nodeRunId, JsonObject runInput)
    {
        runInput["node_logical_id"] = node.Id;
        turn.Add(events.ForNode("start_node_run", node, nodeRunId))["run_input"] = runInput;
    }

    private void EndNode(TurnRecorder turn, ScriptNode node, string nodeRunId, JsonObject runOutput) =>
        turn.Add(events.ForNode("end_node_run", node, nodeRunId))["run_output"] = runOutput;

    private static JsonObject Assistant(JsonObject target, string content, JsonNode? llmUsageInfo)
    {
        target["content"] = content;
        target["response_metadata"] = llmUsageInfo is null
            ? new JsonObject()
            : new JsonObject { ["model_name"] = LlmStandIn.Model, ["finish_reason"] = "stop" };
        target["llm_usage_info"] = llmUsageInfo;
        return target;
    }

    private static JsonObject AiMessage(string content) => new() { ["type"] = "ai", ["content"] = content };

    private static string ChooseRoute(InteractlyRun run, ScriptNode node)
    {
        string said = run.LastUserMessage.Trim();
        foreach (BranchRoute route in node.Routes ?? [])
        {
            bool matches =
                (route.Contains is null || said.Contains(route.Contains, StringComparison.OrdinalIgnoreCase)) &&
                (route.EqualTo is null || string.Equals(said, route.EqualTo.Trim(), StringComparison.OrdinalIgnoreCase)) &&
                (route.Version is null || route.Version == run.Version);
            if (matches)
            {
                return route.Next;
            }
        }

        return node.Default!;
    }

    private static ScriptNode Node(InteractlyRun run, string? id) =>
        run.Script.Nodes.First(n => n.Id == id);

    private static string Render(InteractlyRun run, string template)
    {
        var values = new Dictionary<string, string>(run.Variables, StringComparer.Ordinal)
        {
            ["last_user_message"] = run.LastUserMessage,
            ["turn_number"] = run.TurnNumber.ToString(CultureInfo.InvariantCulture),
            ["version"] = run.Version.ToString(CultureInfo.InvariantCulture),
        };
        return Placeholders.Render(template, values);
    }

    private static void MergeVariables(InteractlyRun run, TurnInput input)
    {
        foreach (KeyValuePair<string, string> pair in input.DynamicVariables)
        {
            run.Variables[pair.Key] = pair.Value;
        }

        foreach (KeyValuePair<string, string> pair in input.RuntimeVariables)
        {
            run.RuntimeVariables[pair.Key] = pair.Value;
        }
    }

    private static JsonObject StringMap(Dictionary<string, string> values)
    {
        var map = new JsonObject();
        foreach (KeyValuePair<string, string> pair in values)
        {
            map[pair.Key] = pair.Value;
        }

        return map;
    }
}
