using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The portable form of a run handle: base64url of <c>{"v":1,"k":"workflow"|"agent","id":"…"}</c>. It holds only
/// the run's identity (no key, no URL), so it can be stored in a database or a message and turned back into a
/// handle by another process. The version lets a later SDK read tokens written by this one.
/// </summary>
internal static class RunToken
{
    internal const int CurrentVersion = 1;
    private const int MaxTokenLength = 2048;
    private const string WorkflowKind = "workflow";
    private const string AgentKind = "agent";

    public static string Create(OctaveRunKind kind, string runId)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", CurrentVersion);
            writer.WriteString("k", kind == OctaveRunKind.Workflow ? WorkflowKind : AgentKind);
            writer.WriteString("id", runId);
            writer.WriteEndObject();
        }

        return Convert.ToBase64String(buffer.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a token and checks that it names a run of the expected kind.</summary>
    /// <exception cref="ArgumentException">The token is malformed, of an unknown version, or for the other kind of run.</exception>
    public static string ReadRunId(string? token, OctaveRunKind expectedKind, string parameterName)
    {
        Validation.Argument.NotEmpty(token, parameterName);
        if (token!.Length > MaxTokenLength)
        {
            throw Invalid(parameterName, "it is longer than any run token");
        }

        var json = Decode(token, parameterName);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("k", out var kind) || kind.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                throw Invalid(parameterName, "it lacks the version, kind or id of a run");
            }

            if (!version.TryGetInt32(out var number) || number != CurrentVersion)
            {
                throw Invalid(parameterName, $"its version {version.GetRawText()} is not supported by this SDK (expected {CurrentVersion})");
            }

            var actualKind = kind.GetString() switch
            {
                WorkflowKind => OctaveRunKind.Workflow,
                AgentKind => OctaveRunKind.Agent,
                _ => OctaveRunKind.Unknown,
            };
            if (actualKind == OctaveRunKind.Unknown)
            {
                throw Invalid(parameterName, "it names an unknown kind of run");
            }

            if (actualKind != expectedKind)
            {
                var rebuild = actualKind == OctaveRunKind.Workflow ? "WorkflowRun.FromToken" : "AgentRun.FromToken";
                throw Invalid(parameterName, $"it is for {(actualKind == OctaveRunKind.Workflow ? "a workflow" : "an agent")} run; rebuild it with {rebuild}");
            }

            var runId = id.GetString();
            if (string.IsNullOrWhiteSpace(runId))
            {
                throw Invalid(parameterName, "its run id is empty");
            }

            return runId!;
        }
        catch (JsonException)
        {
            throw Invalid(parameterName, "it does not decode to a run token");
        }
    }

    private static byte[] Decode(string token, string parameterName)
    {
        var base64 = new StringBuilder(token.Length + 3);
        foreach (var c in token)
        {
            base64.Append(c switch
            {
                '-' => '+',
                '_' => '/',
                _ when (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') => c,
                _ => throw Invalid(parameterName, "it contains characters a run token never has"),
            });
        }

        if (base64.Length % 4 == 1)
        {
            throw Invalid(parameterName, "it is not valid base64url");
        }

        base64.Append('=', (4 - (base64.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(base64.ToString());
        }
        catch (FormatException)
        {
            throw Invalid(parameterName, "it is not valid base64url");
        }
    }

    // The token's text is not echoed: it is caller data and could be anything.
    private static ArgumentException Invalid(string parameterName, string reason) =>
        new($"The value is not a valid Octave run token: {reason}. Use the string returned by ToToken().", parameterName);
}
