using System.Threading;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// The scripted Interactly workflows an emulator can run. Starts with the built-in demo workflows;
/// add your own in code with <see cref="Add"/> or through a scenario file. Thread-safe.
/// </summary>
public sealed class InteractlyCatalog
{
    /// <summary>Greeter: asks your name, greets you by it, answers one question, completes. Version 2 greets differently.</summary>
    public const string GreeterWorkflowId = "6a11c0de0000000000000001";

    /// <summary>Chat loop: echoes every message with its turn number until you say "bye"; aborts past 20 turns.</summary>
    public const string ChatLoopWorkflowId = "6a11c0de0000000000000002";

    /// <summary>Companion: arms background work that needs two pump-companions calls; your next message ends it.</summary>
    public const string CompanionWorkflowId = "6a11c0de0000000000000003";

    /// <summary>Failing: emits an event type clients do not know, waits, then fails on turn 2.</summary>
    public const string FailingWorkflowId = "6a11c0de0000000000000004";

    private readonly ConcurrentDictionary<string, InteractlyWorkflowScript> scripts = new(StringComparer.Ordinal);
    private int runShape;
    private int runListKey;

    /// <summary>Creates a catalogue holding the built-in demo workflows.</summary>
    public InteractlyCatalog()
    {
        foreach (InteractlyWorkflowScript demo in DemoWorkflows.Create())
        {
            Add(demo);
        }
    }

    /// <summary>
    /// How <c>GET /v1/workflow-runs</c> and <c>GET /v1/workflow-runs/{id}</c> shape each run: the documented nested
    /// record (the default) or a flat run. Lets tests cover every shape a client must read. Applies to later requests.
    /// </summary>
    public InteractlyRunShape RunShape
    {
        get => (InteractlyRunShape)Volatile.Read(ref runShape);
        set => Volatile.Write(ref runShape, (int)value);
    }

    /// <summary>Which key <c>GET /v1/workflow-runs</c> lists the runs under: <c>workflow_runs</c> (the default), <c>items</c> or <c>data</c>.</summary>
    public InteractlyRunListKey RunListKey
    {
        get => (InteractlyRunListKey)Volatile.Read(ref runListKey);
        set => Volatile.Write(ref runListKey, (int)value);
    }

    /// <summary>Every registered script, ordered by workflow id.</summary>
    public IReadOnlyList<InteractlyWorkflowScript> All =>
        scripts.Values.OrderBy(s => s.WorkflowId, StringComparer.Ordinal).ToList();

    /// <summary>Registers a script, replacing any script with the same workflow id. Runs already under way keep their script.</summary>
    /// <param name="script">The script to register.</param>
    /// <exception cref="ArgumentException">The script is not playable; the message names the field.</exception>
    public void Add(InteractlyWorkflowScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        string? problem = ScriptValidator.FindProblem(script);
        if (problem is not null)
        {
            throw new ArgumentException($"Interactly workflow '{script.Name}': {problem}.", nameof(script));
        }

        scripts[script.WorkflowId] = script;
    }

    /// <summary>Looks a script up by workflow id.</summary>
    /// <param name="workflowId">The 24-hex workflow id.</param>
    /// <param name="script">The script, when found.</param>
    /// <returns>Whether the script was found.</returns>
    public bool TryGet(string workflowId, [NotNullWhen(true)] out InteractlyWorkflowScript? script) =>
        scripts.TryGetValue(workflowId, out script);
}
