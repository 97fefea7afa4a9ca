using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The SDK's traces and metrics, both named <see cref="SdkInfo.Name"/> (<c>Octave.Interactly.Sdk</c>):
/// subscribe with <c>AddSource("Octave.Interactly.Sdk")</c> and <c>AddMeter("Octave.Interactly.Sdk")</c>.
/// Tags carry ids and route templates, never keys or bodies.
/// </summary>
public static class SdkTelemetry
{
    /// <summary>The activity source: one span per logical run, linked to its polls and its callback.</summary>
    public static readonly ActivitySource ActivitySource = new(SdkInfo.Name, SdkInfo.Version);

    /// <summary>The meter holding every SDK instrument.</summary>
    public static readonly Meter Meter = new(SdkInfo.Name, SdkInfo.Version);

    /// <summary>Runs started (Octave jobs and Interactly sessions). Tags: <c>service</c>, <c>kind</c>.</summary>
    public static readonly Counter<long> RunsStarted = Meter.CreateCounter<long>("workflow.runs.started", "{run}", "Runs started.");

    /// <summary>Runs observed to finish. Tags: <c>service</c>, <c>kind</c>, <c>outcome</c>.</summary>
    public static readonly Counter<long> RunsCompleted = Meter.CreateCounter<long>("workflow.runs.completed", "{run}", "Runs seen to finish.");

    /// <summary>Status polls sent while waiting on a run. Tags: <c>service</c>, <c>kind</c>.</summary>
    public static readonly Counter<long> Polls = Meter.CreateCounter<long>("workflow.polls", "{request}", "Status polls sent while waiting.");

    /// <summary>HTTP attempts re-sent by the resilience pipeline. Tags: <c>service</c>, <c>route</c>, <c>reason</c>.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>("workflow.http.retries", "{request}", "HTTP requests re-sent.");

    /// <summary>Callbacks received. Tags: <c>kind</c>, <c>status</c>.</summary>
    public static readonly Counter<long> CallbacksReceived = Meter.CreateCounter<long>("workflow.callbacks.received", "{callback}", "Callbacks received.");

    /// <summary>Callbacks recognised as duplicate deliveries and not handled again.</summary>
    public static readonly Counter<long> CallbackDuplicates = Meter.CreateCounter<long>("workflow.callbacks.duplicates", "{callback}", "Duplicate callback deliveries.");

    /// <summary>Duration of each HTTP attempt, in seconds. Tags: <c>service</c>, <c>http.request.method</c>, <c>http.route</c>, <c>http.response.status_code</c>.</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>("workflow.http.request.duration", "s", "Duration of HTTP attempts.");

    /// <summary>Builds the common tag pair for a service.</summary>
    /// <param name="service">The API.</param>
    /// <returns>The tag.</returns>
    internal static KeyValuePair<string, object?> ServiceTag(WorkflowService service) =>
        new("service", service == WorkflowService.Octave ? "octave" : "interactly");
}
