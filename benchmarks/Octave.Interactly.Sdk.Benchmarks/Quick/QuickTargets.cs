using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>Checks the quick run's figures against the targets.</summary>
internal static class QuickTargets
{
    public static JsonArray Evaluate(JsonObject result)
    {
        var check = new TargetCheck();
        var status = result["statusCall"];
        var sdkTime = TargetCheck.Number(status, "Sdk_OctaveApi", "timeRatio");
        var sdkBytes = TargetCheck.Number(status, "Sdk_OctaveApi", "allocatedRatio");
        var restTime = TargetCheck.Number(status, "RestSharp", "timeRatio");
        var restBytes = TargetCheck.Number(status, "RestSharp", "allocatedRatio");
        check.Add("Status call: SDK / hand-written mean time <= 1.10", sdkTime, sdkTime <= 1.10);
        check.Add("Status call: SDK / hand-written allocated bytes <= 1.5", sdkBytes, sdkBytes <= 1.5);
        check.Add(
            "Status call: SDK faster and leaner than RestSharp",
            new JsonObject { ["sdkTimeRatio"] = sdkTime, ["restSharpTimeRatio"] = restTime, ["sdkAllocatedRatio"] = sdkBytes, ["restSharpAllocatedRatio"] = restBytes },
            sdkTime < restTime && sdkBytes < restBytes);

        AddRunChecks(check, "polling", result["polling"]);
        AddCallbackChecks(check, result["callbacks"]);
        AddSessionChecks(check, result["sessions"]);
        return check.ToJson();
    }

    private static void AddSessionChecks(TargetCheck check, JsonNode? scenario)
    {
        var sessions = TargetCheck.Number(scenario, "settings", "sessions");
        var completed = TargetCheck.Number(scenario, "transcriptsCompleted");
        check.Add("sessions: all transcripts complete", new JsonObject { ["completed"] = completed, ["sessions"] = sessions }, completed is not null && completed == sessions);
        var overhead = scenario?["sdkOverheadPerTurn"];
        check.Add("sessions: SDK overhead per turn reported", overhead?.DeepClone(), overhead is null ? null : true);
    }

    private static void AddCallbackChecks(TargetCheck check, JsonNode? scenario)
    {
        var runs = TargetCheck.Number(scenario, "settings", "runs");
        var byCallback = TargetCheck.Number(scenario, "runsCompletedByCallback");
        var polls = TargetCheck.Number(scenario, "statusRequests");
        var allowed = TargetCheck.Number(scenario, "fallbackPollsAllowed");
        check.Add(
            "callbacks: every run completes at callback time",
            new JsonObject { ["completedByCallback"] = byCallback, ["runs"] = runs, ["resumeAfterRunEndMs"] = scenario?["resumeAfterRunEndMs"]?.DeepClone() },
            byCallback is not null && byCallback == runs);
        check.Add("callbacks: no polls beyond the fallback schedule", new JsonObject { ["statusRequests"] = polls, ["fallbackPollsAllowed"] = allowed }, polls <= allowed);
        var peak = TargetCheck.Number(scenario, "process", "peakWorkingSetMB");
        var starvation = TargetCheck.Number(scenario, "process", "threadPoolStarvationAdjustments");
        check.Add("callbacks: peak working set < 300 MB", peak, peak < 300);
        check.Add("callbacks: no thread-pool starvation", starvation, starvation == 0);
    }

    private static void AddRunChecks(TargetCheck check, string name, JsonNode? scenario)
    {
        var runs = TargetCheck.Number(scenario, "settings", "runs");
        var completed = TargetCheck.Number(scenario, "runsCompleted");
        var ratio = TargetCheck.Number(scenario, "statusRequestsRatioToMinimum");
        var peak = TargetCheck.Number(scenario, "process", "peakWorkingSetMB");
        var starvation = TargetCheck.Number(scenario, "process", "threadPoolStarvationAdjustments");
        check.Add($"{name}: every run completes", new JsonObject { ["completed"] = completed, ["runs"] = runs }, completed is not null && completed == runs);
        check.Add($"{name}: status requests <= 1.2 x the schedule's minimum", ratio, ratio <= 1.2);
        check.Add($"{name}: peak working set < 300 MB", peak, peak < 300);
        check.Add($"{name}: no thread-pool starvation", starvation, starvation == 0);
    }
}
