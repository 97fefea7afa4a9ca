using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The traces and counts of run-and-await, on <see cref="SdkTelemetry"/>'s source and instruments. One activity per
/// wait (<c>octave.workflow.run</c> / <c>octave.agent.run</c>) with each status poll as a child and the callback's
/// arrival as an event. Tags carry the run id and kind only.
/// </summary>
internal static class RunTelemetry
{
    private static readonly KeyValuePair<string, object?> Service = SdkTelemetry.ServiceTag(WorkflowService.Octave);

    public static string KindName(OctaveRunKind kind) => kind switch
    {
        OctaveRunKind.Workflow => "workflow",
        OctaveRunKind.Run => "runs_api",
        _ => "agent",
    };

    public static void Started(OctaveRunKind kind) =>
        SdkTelemetry.RunsStarted.Add(1, Service, KindTag(kind));

    public static Activity? StartWait(OctaveRunKind kind, string runId)
    {
        var activity = SdkTelemetry.ActivitySource.StartActivity("octave." + KindName(kind) + ".run", ActivityKind.Internal);
        activity?.SetTag("octave.run.id", runId);
        activity?.SetTag("octave.run.kind", KindName(kind));
        return activity;
    }

    public static Activity? StartPoll(OctaveRunKind kind, string runId)
    {
        SdkTelemetry.Polls.Add(1, Service, KindTag(kind));
        var activity = SdkTelemetry.ActivitySource.StartActivity("octave." + KindName(kind) + ".poll", ActivityKind.Internal);
        activity?.SetTag("octave.run.id", runId);
        return activity;
    }

    public static void CallbackArrived(Activity? activity, OctaveCallback callback) =>
        activity?.AddEvent(new ActivityEvent(
            "octave.callback.received",
            tags: new ActivityTagsCollection { ["octave.callback.status"] = callback.Status.Value }));

    public static void Completed(Activity? activity, OctaveRunKind kind, OctaveRunState state, RunCompletedBy completedBy)
    {
        var outcome = state.IsSuccess ? "succeeded" : "failed";
        SdkTelemetry.RunsCompleted.Add(1, Service, KindTag(kind), new KeyValuePair<string, object?>("outcome", outcome));
        if (activity is null)
        {
            return;
        }

        activity.SetTag("octave.run.state", state.Value);
        activity.SetTag("octave.run.completed_by", completedBy == RunCompletedBy.Callback ? "callback" : "polling");
        if (!state.IsSuccess)
        {
            activity.SetStatus(ActivityStatusCode.Error, "run " + outcome);
        }
    }

    public static void WaitFailed(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        var cancelled = exception is OperationCanceledException;
        activity.SetTag("octave.wait.end", cancelled ? "cancelled" : exception is OctaveRunTimeoutException ? "timeout" : "error");
        if (!cancelled)
        {
            // The exception type only: messages can quote server text.
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        }
    }

    private static KeyValuePair<string, object?> KindTag(OctaveRunKind kind) => new("kind", KindName(kind));
}
