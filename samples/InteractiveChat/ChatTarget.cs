using System;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace InteractiveChat;

/// <summary>
/// Which Interactly server and workflow to chat with: INTERACTLY_API_KEY, INTERACTLY_BASE_URL and
/// INTERACTLY_WORKFLOW_ID when set; otherwise an embedded emulator and its chat-loop workflow, which answers every
/// message until you say "bye".
/// </summary>
internal sealed class ChatTarget : IAsyncDisposable
{
    private readonly WorkflowEmulator? _emulator;

    private ChatTarget(InteractlyOptions options, string workflowId, string where, WorkflowEmulator? emulator)
    {
        Options = options;
        WorkflowId = workflowId;
        Where = where;
        _emulator = emulator;
    }

    public InteractlyOptions Options { get; }

    public string WorkflowId { get; }

    public string Where { get; }

    public static async Task<ChatTarget> CreateAsync(CancellationToken cancellationToken)
    {
        var apiKey = Read("INTERACTLY_API_KEY");
        if (apiKey is null)
        {
            var emulator = await WorkflowEmulator.StartAsync(cancellationToken: cancellationToken);
            var onEmulator = new InteractlyOptions { ApiKey = "interactive-chat", BaseUrl = emulator.InteractlyBaseUrl };
            return new ChatTarget(onEmulator, InteractlyCatalog.ChatLoopWorkflowId, $"embedded emulator at {emulator.InteractlyBaseUrl}", emulator);
        }

        var baseUrl = Read("INTERACTLY_BASE_URL") is { } url ? new Uri(url) : InteractlyOptions.DefaultBaseUrl;
        var workflowId = Read("INTERACTLY_WORKFLOW_ID")
            ?? throw new InvalidOperationException("INTERACTLY_WORKFLOW_ID is not set; it is required when INTERACTLY_API_KEY is set.");
        return new ChatTarget(new InteractlyOptions { ApiKey = apiKey, BaseUrl = baseUrl }, workflowId, baseUrl.ToString(), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    private static string? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;
}
