namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>How the emulator's run endpoints shape a run (<see cref="InteractlyCatalog.RunShape"/>).</summary>
public enum InteractlyRunShape
{
    /// <summary>The documented shape: a stored record (<c>_id</c>, <c>team_id</c>, …) with the run nested under <c>workflow_run</c>.</summary>
    Nested,

    /// <summary>The run flat: <c>{"id", "workflow_id", "status", "input_output_pairs", …}</c>, as some servers answer.</summary>
    Flat,
}
