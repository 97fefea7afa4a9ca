using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Text;

namespace Octave.Interactly.Sdk.Tests.Observability;

/// <summary>Listens to every activity source and to the SDK's meter while a test runs.</summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly List<Activity> _stopped = new();
    private readonly List<Measurement> _measurements = new();

    public TelemetryCapture()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_stopped)
                {
                    _stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);

        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SdkInfo.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();
    }

    public IReadOnlyList<Measurement> Measurements(string instrument)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Instrument == instrument).ToList();
        }
    }

    /// <summary>Every name, tag, event and baggage item of every activity, as one text.</summary>
    public string ActivityText()
    {
        var text = new StringBuilder();
        lock (_stopped)
        {
            foreach (var activity in _stopped)
            {
                text.Append(activity.Source.Name).Append(' ').Append(activity.DisplayName).Append(' ').Append(activity.StatusDescription);
                foreach (var tag in activity.TagObjects)
                {
                    text.Append(' ').Append(tag.Key).Append('=').Append(tag.Value);
                }

                foreach (var item in activity.Events)
                {
                    text.Append(' ').Append(item.Name);
                    foreach (var tag in item.Tags)
                    {
                        text.Append(' ').Append(tag.Key).Append('=').Append(tag.Value);
                    }
                }

                foreach (var item in activity.Baggage)
                {
                    text.Append(' ').Append(item.Key).Append('=').Append(item.Value);
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public int ActivityCount
    {
        get
        {
            lock (_stopped)
            {
                return _stopped.Count;
            }
        }
    }

    /// <summary>Every measurement's tags, as one text.</summary>
    public string MeasurementText()
    {
        lock (_measurements)
        {
            return string.Join("\n", _measurements.Select(m => m.Instrument + " " + string.Join(" ", m.Tags.Select(t => t.Key + "=" + t.Value))));
        }
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Add<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add(new Measurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
        }
    }

    internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
