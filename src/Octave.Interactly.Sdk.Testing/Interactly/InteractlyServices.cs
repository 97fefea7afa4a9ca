using System;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>What the Interactly endpoints share: catalogue, runs, the script player and id/event makers.</summary>
internal sealed class InteractlyServices
{
    public InteractlyServices(EmulatorContext context)
    {
        Context = context;
        Ids = new InteractlyIds(context);
        Events = new EventFactory(context, Ids);
        Interpreter = new ScriptInterpreter(Events, Ids);
    }

    public EmulatorContext Context { get; }

    public InteractlyCatalog Catalog { get; } = new();

    public InteractlyRunStore Runs { get; } = new();

    public InteractlyIds Ids { get; }

    public EventFactory Events { get; }

    public ScriptInterpreter Interpreter { get; }

    /// <summary>
    /// Awaited after a later turn has claimed its run and before it executes. Tests use it to hold a
    /// turn open and prove that a concurrent turn on the same run gets 409; null in normal use.
    /// </summary>
    public Func<InteractlyRun, Task>? BeforeTurnExecutes { get; set; }
}
