using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>Every callback delivery attempt and, per run, where delivery stands. Thread-safe.</summary>
public sealed class CallbackDeliveryLog
{
    private readonly ConcurrentQueue<CallbackDeliveryAttempt> attempts = new();
    private readonly ConcurrentDictionary<string, RunDelivery> runs = new(StringComparer.Ordinal);

    /// <summary>A snapshot of every attempt, in the order they finished.</summary>
    public IReadOnlyList<CallbackDeliveryAttempt> Attempts => attempts.ToArray();

    /// <summary>The attempts made for one run.</summary>
    public IReadOnlyList<CallbackDeliveryAttempt> AttemptsFor(string runId) =>
        attempts.Where(a => string.Equals(a.RunId, runId, StringComparison.Ordinal)).ToArray();

    /// <summary>Where delivery stands for one run.</summary>
    public CallbackDeliveryStatus GetStatus(string runId) =>
        runs.TryGetValue(runId, out var run) ? run.Status : CallbackDeliveryStatus.None;

    /// <summary>Where delivery stands for every run that has a callback URL.</summary>
    public IReadOnlyDictionary<string, CallbackDeliveryStatus> Summary =>
        runs.ToDictionary(r => r.Key, r => r.Value.Status, StringComparer.Ordinal);

    /// <summary>
    /// Completes when delivery for <paramref name="runId"/> ends (delivered or delivered-failed),
    /// so tests need not poll. Returns <see cref="CallbackDeliveryStatus.None"/> at once for a run without a callback;
    /// is cancelled if the emulator is reset first.
    /// </summary>
    public Task<CallbackDeliveryStatus> WaitForDeliveryAsync(string runId, CancellationToken cancellationToken = default)
    {
        if (!runs.TryGetValue(runId, out var run))
        {
            return Task.FromResult(CallbackDeliveryStatus.None);
        }

        return run.Finished.Task.WaitAsync(cancellationToken);
    }

    internal void Track(string runId) => runs.TryAdd(runId, new RunDelivery());

    internal void Record(CallbackDeliveryAttempt attempt) => attempts.Enqueue(attempt);

    internal void Finish(string runId, CallbackDeliveryStatus status)
    {
        if (runs.TryGetValue(runId, out var run))
        {
            run.Status = status;
            run.Finished.TrySetResult(status);
        }
    }

    internal void Clear()
    {
        attempts.Clear();
        foreach (var run in runs.Values)
        {
            run.Finished.TrySetCanceled();
        }

        runs.Clear();
    }

    private sealed class RunDelivery
    {
        private int status = (int)CallbackDeliveryStatus.Pending;

        public CallbackDeliveryStatus Status
        {
            get => (CallbackDeliveryStatus)Volatile.Read(ref status);
            set => Volatile.Write(ref status, (int)value);
        }

        public TaskCompletionSource<CallbackDeliveryStatus> Finished { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
