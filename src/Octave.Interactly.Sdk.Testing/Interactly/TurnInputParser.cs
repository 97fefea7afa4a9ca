using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Validates an execute request the way the real service does: FastAPI's 422s for shape problems,
/// then the runtime's 400 for a missing main thread. Lenient where the sources disagree: user text is
/// read from LangChain-style <c>{type:"human", content}</c> and from <c>{role:"user", content}</c> messages.
/// </summary>
internal static class TurnInputParser
{
    private static readonly string[] Commands = ["start", "data", "resume", "pause", "stop"];

    public static bool TryParse(
        string workflowId,
        IQueryCollection query,
        string bodyText,
        [NotNullWhen(true)] out TurnInput? input,
        [NotNullWhen(false)] out IResult? error)
    {
        input = null;
        error = CheckWorkflowId(workflowId);
        int? version = null;
        if (error is null)
        {
            error = ParseVersion(query, out version);
        }

        if (error is not null)
        {
            return false;
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(string.IsNullOrWhiteSpace(bodyText) ? "null" : bodyText);
        }
        catch (JsonException)
        {
            error = WireReplies.Validation("JSON decode error", "json_invalid", "body");
            return false;
        }

        if (body is not JsonObject request)
        {
            error = WireReplies.Validation("Input should be a valid dictionary or object", "model_attributes_type", "body");
            return false;
        }

        if (request["run_input"] is not JsonObject runInput)
        {
            error = WireReplies.Validation("Field required", "missing", "body", "run_input");
            return false;
        }

        string? runId = null;
        if (request["run_id"] is JsonNode runIdNode)
        {
            if (runIdNode.GetValueKind() != JsonValueKind.String)
            {
                error = WireReplies.Validation("Input should be a valid string", "string_type", "body", "run_id");
                return false;
            }

            runId = runIdNode.GetValue<string>();
        }

        string command = "start";
        if (runInput["command"] is JsonNode commandNode)
        {
            string? given = commandNode.GetValueKind() == JsonValueKind.String ? commandNode.GetValue<string>() : null;
            if (given is null || Array.IndexOf(Commands, given) < 0)
            {
                error = WireReplies.Validation(
                    "Input should be 'start', 'data', 'resume', 'pause' or 'stop'", "enum", "body", "run_input", "command");
                return false;
            }

            command = given;
        }

        if (runInput["thread_to_node_inputs"] is not JsonObject threads || threads["0"] is not JsonObject mainThread)
        {
            error = WireReplies.InvalidInput("Found 0 threads in workflow input");
            return false;
        }

        var messages = new JsonArray();
        string userText = ExtractUserText(mainThread, messages);
        input = new TurnInput
        {
            Command = command,
            RunId = runId,
            Version = version,
            UserText = userText,
            UserMessages = messages,
            RunInput = (JsonObject)runInput.DeepClone(),
            DynamicVariables = ReadVariables(runInput["dynamic_variables"]),
            RuntimeVariables = ReadVariables(runInput["runtime_variables"]),
            RunBy = ReadString(runInput["run_by"]),
            TeamId = ReadString(runInput["team_id"]),
            Miscellaneous = runInput["miscellaneous"] as JsonObject,
            WelcomeMessage = ReadString(runInput["welcome_message"]),
            StartNodeLogicalId = ReadString(runInput["start_node_logical_id"]),
        };
        return true;
    }

    private static IResult? CheckWorkflowId(string workflowId) =>
        ScriptValidator.IsObjectId(workflowId)
            ? null
            : WireReplies.Validation("String should match pattern '^[0-9a-f]{24}$'", "value_error", "path", "workflow_id");

    private static IResult? ParseVersion(IQueryCollection query, out int? version)
    {
        version = null;
        string? raw = query["version"];
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed))
        {
            return WireReplies.Validation("Input should be a valid integer", "int_parsing", "query", "version");
        }

        if (parsed < 0)
        {
            return WireReplies.Validation("Input should be greater than or equal to 0", "greater_than_equal", "query", "version");
        }

        version = parsed;
        return null;
    }

    /// <summary>Collects the human messages of thread "0" into <paramref name="messages"/> and returns their joined text.</summary>
    private static string ExtractUserText(JsonObject mainThread, JsonArray messages)
    {
        var text = new StringBuilder();
        if (mainThread["node_run_inputs"] is not JsonArray nodeInputs)
        {
            return "";
        }

        foreach (JsonNode? nodeInput in nodeInputs)
        {
            if (nodeInput is not JsonObject node || ReadString(node["type"]) != "llm" || node["messages"] is not JsonArray list)
            {
                continue;
            }

            foreach (JsonNode? message in list)
            {
                if (message is not JsonObject item || !IsUserMessage(item))
                {
                    continue;
                }

                messages.Add(item.DeepClone());
                string content = ReadContent(item["content"]);
                if (content.Length > 0)
                {
                    text.Append(text.Length > 0 ? "\n" : "").Append(content);
                }
            }
        }

        return text.ToString();
    }

    private static bool IsUserMessage(JsonObject message) =>
        ReadString(message["type"]) is "human" || ReadString(message["role"]) is "user" or "human";

    /// <summary>Content is a string, or (multimodal form) a list of parts whose <c>text</c> values are joined.</summary>
    private static string ReadContent(JsonNode? content)
    {
        if (ReadString(content) is string plain)
        {
            return plain;
        }

        var joined = new StringBuilder();
        if (content is JsonArray parts)
        {
            foreach (JsonNode? part in parts)
            {
                string? piece = ReadString(part) ?? ReadString((part as JsonObject)?["text"]);
                joined.Append(piece);
            }
        }

        return joined.ToString();
    }

    private static Dictionary<string, string> ReadVariables(JsonNode? node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject variables)
        {
            foreach (KeyValuePair<string, JsonNode?> pair in variables)
            {
                values[pair.Key] = ReadString(pair.Value) ?? pair.Value?.ToJsonString() ?? "";
            }
        }

        return values;
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
