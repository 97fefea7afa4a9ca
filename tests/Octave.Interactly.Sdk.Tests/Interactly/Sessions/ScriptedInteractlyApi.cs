using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Sessions;

/// <summary>A recorded execute call.</summary>
public sealed record ExecuteCall(string WorkflowId, ExecuteWorkflowRequest Request, int? Version);

/// <summary>An in-memory <see cref="IInteractlyApi"/> whose answers the test scripts, recording every call.</summary>
public sealed partial class ScriptedInteractlyApi : IInteractlyApi
{
    public const string RunId = "66f0c0ffee0c0ffee0c0ffee";

    private readonly object _sync = new();
    private readonly List<ExecuteCall> _executes = new();
    private int _pumps;
    private int _inFlight;

    /// <summary>Answers execute calls; by default a greeting on start, an echo on data, cancelled on stop.</summary>
    public Func<ExecuteCall, CancellationToken, Task<InteractiveRunResponse>> OnExecute { get; set; }

    /// <summary>Answers pumps (argument: 1-based pump number); by default nothing pending.</summary>
    public Func<int, CancellationToken, Task<InteractiveRunResponse>> OnPump { get; set; }

    public ScriptedInteractlyApi()
    {
        OnExecute = (call, _) => Task.FromResult(DefaultAnswer(call));
        OnPump = (n, _) => Task.FromResult(Turn(InteractlyRunStatus.WaitingForUserInput, n + 100, "pumped " + n));
    }

    public IReadOnlyList<ExecuteCall> Executes
    {
        get
        {
            lock (_sync)
            {
                return _executes.ToArray();
            }
        }
    }

    public int PumpCount => Volatile.Read(ref _pumps);

    public int MaxConcurrentCalls { get; private set; }

    public int TotalCalls
    {
        get
        {
            lock (_sync)
            {
                return _executes.Count + _pumps;
            }
        }
    }

    public async Task<InteractiveRunResponse> ExecuteAsync(
        string workflowId, ExecuteWorkflowRequest request, int? version = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = new ExecuteCall(workflowId, request, version);
        lock (_sync)
        {
            _executes.Add(call);
        }

        Enter();
        try
        {
            return await OnExecute(call, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async Task<InteractiveRunResponse> PumpCompanionsAsync(
        string workflowId, string runId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var number = Interlocked.Increment(ref _pumps);
        Enter();
        try
        {
            return await OnPump(number, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public Task<WorkflowRunList> ListRunsAsync(ListWorkflowRunsRequest? request = null, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WorkflowRunRecordResponse> GetRunAsync(string workflowRunId, WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<StreamSessionResponse> CreateStreamSessionAsync(WorkflowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public static InteractiveRunResponse Turn(InteractlyRunStatus status, int turnNumber, params string[] assistantTexts)
    {
        var events = new List<InteractlyEvent>();
        foreach (var text in assistantTexts)
        {
            events.Add(InteractlyModelFactory.AssistantResponseEvent(text));
        }

        if (status == InteractlyRunStatus.WaitingForUserInput)
        {
            events.Add(InteractlyModelFactory.BusyWaitForUserMessageEvent("ask"));
        }

        return InteractlyModelFactory.InteractiveRunResponse(RunId, status, turnNumber, events);
    }

    public static string? UserText(ExecuteWorkflowRequest request)
    {
        var inputs = request.RunInput.ThreadToNodeInputs["0"].NodeRunInputs;
        return inputs.Count == 0 ? null : inputs[0].Messages![0].Content;
    }

    private InteractiveRunResponse DefaultAnswer(ExecuteCall call)
    {
        var command = call.Request.RunInput.Command;
        var turn = Executes.Count;
        if (command == WorkflowCommand.Stop)
        {
            return Turn(InteractlyRunStatus.Cancelled, turn);
        }

        return command == WorkflowCommand.Start
            ? Turn(InteractlyRunStatus.WaitingForUserInput, turn, "Hello! What is your name?")
            : Turn(InteractlyRunStatus.WaitingForUserInput, turn, "You said: " + UserText(call.Request));
    }

    private void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        lock (_sync)
        {
            MaxConcurrentCalls = Math.Max(MaxConcurrentCalls, now);
        }
    }
}
