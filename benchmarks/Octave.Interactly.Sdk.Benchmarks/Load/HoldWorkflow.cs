using System;
using System.Globalization;
using System.IO;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// An emulator scenario file adding one workflow whose runs last a given time, so the callback scenario's waits can
/// all be in flight at once while its warm-up still uses the quick built-in workflow.
/// </summary>
internal sealed class HoldWorkflow : IDisposable
{
    public const string WorkflowOId = "caw_bench_hold";

    private HoldWorkflow(string scenarioFile) => ScenarioFile = scenarioFile;

    /// <summary>The file to pass to the emulator's <c>--scenarios</c>.</summary>
    public string ScenarioFile { get; }

    public static HoldWorkflow Write(int runningMilliseconds)
    {
        var path = Path.Combine(Path.GetTempPath(), "octave-bench-hold-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(
            path,
            "{\"octave\":{\"workflows\":[{\"workflowOId\":\"" + WorkflowOId + "\",\"description\":\"Runs for the callback scenario's hold time.\"," +
            "\"pendingMilliseconds\":0,\"runningMilliseconds\":" + runningMilliseconds.ToString(CultureInfo.InvariantCulture) + "," +
            "\"output\":{\"summary\":\"held\"}}]}}");
        return new HoldWorkflow(path);
    }

    public void Dispose() => File.Delete(ScenarioFile);
}
