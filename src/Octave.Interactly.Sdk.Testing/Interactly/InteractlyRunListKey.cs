namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>Which key a page of runs is listed under (<see cref="InteractlyCatalog.RunListKey"/>).</summary>
public enum InteractlyRunListKey
{
    /// <summary>The documented <c>{"workflow_runs": [...], "total"}</c>.</summary>
    WorkflowRuns,

    /// <summary><c>{"items": [...], "total", "page", "size", "pages"}</c>, as some servers answer.</summary>
    Items,

    /// <summary><c>{"data": [...], "total", "page", "size", "pages"}</c>, as some servers answer.</summary>
    Data,
}
