using System;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Watches this process while a scenario runs: CPU time, peak working set, thread-pool growth, queued work and
/// starvation. Samples on a dedicated thread, so a starved thread pool cannot silence the sampler.
/// </summary>
internal sealed class ResourceMonitor : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly StarvationListener _listener = new();
    private readonly Thread _sampler;
    private readonly TimeSpan _cpuAtStart;
    private readonly int _threadsAtStart;
    private readonly int[] _gcAtStart;
    private readonly long _allocatedAtStart;
    private readonly Func<long>? _inFlight;
    private volatile bool _stopping;
    private int _maxThreads;
    private long _maxPendingWorkItems;
    private long _maxWorkingSet;
    private long _maxInFlight;
    private long _workingSetAtMaxInFlight;
    private long _samplesMissed;

    /// <param name="inFlight">
    /// How many waits are in flight now, when the caller counts them: the sampler then also records the most seen at
    /// once and the working set at that moment.
    /// </param>
    public ResourceMonitor(Func<long>? inFlight = null)
    {
        _inFlight = inFlight;
        _cpuAtStart = _process.TotalProcessorTime;
        _threadsAtStart = ThreadPool.ThreadCount;
        _maxThreads = _threadsAtStart;
        _gcAtStart = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
        _sampler = new Thread(Sample) { IsBackground = true, Name = "resource-sampler" };
        _sampler.Start();
    }

    /// <summary>The largest working set sampled so far, in bytes (every 20 ms, on the sampler's thread).</summary>
    public long MaxWorkingSetSampled => Interlocked.Read(ref _maxWorkingSet);

    /// <summary>The most waits seen in flight at once, and the working set sampled at that moment.</summary>
    public (long InFlight, long WorkingSet) MaxInFlight => (Interlocked.Read(ref _maxInFlight), Interlocked.Read(ref _workingSetAtMaxInFlight));

    /// <summary>Stops sampling and describes what the process used since it started.</summary>
    public JsonObject Stop()
    {
        _stopping = true;
        _sampler.Join();
        // Read once more after the sampler stopped; if /proc cannot be read at this moment, the sampled peak stands.
        var peak = ReadWorkingSet(_process) is null ? MaxWorkingSetSampled : Math.Max(_process.PeakWorkingSet64, MaxWorkingSetSampled);
        var cpu = _process.TotalProcessorTime - _cpuAtStart;
        return new JsonObject
        {
            ["cpuTimeMs"] = Math.Round(cpu.TotalMilliseconds, 1),
            ["peakWorkingSetMB"] = Math.Round(peak / 1024.0 / 1024.0, 1),
            ["peakWorkingSetSampledMB"] = Math.Round(MaxWorkingSetSampled / 1024.0 / 1024.0, 1),
            ["allocatedMB"] = Math.Round((GC.GetTotalAllocatedBytes() - _allocatedAtStart) / 1024.0 / 1024.0, 1),
            ["gcCollections"] = new JsonArray(
                GC.CollectionCount(0) - _gcAtStart[0], GC.CollectionCount(1) - _gcAtStart[1], GC.CollectionCount(2) - _gcAtStart[2]),
            ["threadPoolThreadsAtStart"] = _threadsAtStart,
            ["threadPoolThreadsMax"] = _maxThreads,
            ["threadPoolPendingWorkItemsMax"] = _maxPendingWorkItems,
            ["threadPoolAdjustments"] = _listener.Adjustments,
            ["threadPoolStarvationAdjustments"] = _listener.StarvationAdjustments,
            ["workingSetSamplesMissed"] = Interlocked.Read(ref _samplesMissed),
        };
    }

    public void Dispose()
    {
        _stopping = true;
        _listener.Dispose();
        _process.Dispose();
    }

    private void Sample()
    {
        using var self = Process.GetCurrentProcess();
        while (!_stopping)
        {
            if (ReadWorkingSet(self) is not { } workingSet)
            {
                Interlocked.Increment(ref _samplesMissed);
                Thread.Sleep(20);
                continue;
            }

            if (workingSet > Interlocked.Read(ref _maxWorkingSet))
            {
                Interlocked.Exchange(ref _maxWorkingSet, workingSet);
            }

            if (_inFlight is not null)
            {
                var inFlight = _inFlight();
                if (inFlight > Interlocked.Read(ref _maxInFlight) || (inFlight == Interlocked.Read(ref _maxInFlight) && workingSet > Interlocked.Read(ref _workingSetAtMaxInFlight)))
                {
                    Interlocked.Exchange(ref _maxInFlight, inFlight);
                    Interlocked.Exchange(ref _workingSetAtMaxInFlight, workingSet);
                }
            }

            _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
            _maxPendingWorkItems = Math.Max(_maxPendingWorkItems, ThreadPool.PendingWorkItemCount);
            Thread.Sleep(20);
        }
    }

    /// <summary>
    /// The working set now, or null when it cannot be read: with tens of thousands of sockets open the process can run
    /// out of file descriptors, and reading /proc then fails for a moment. A missed sample must not end the scenario.
    /// </summary>
    private static long? ReadWorkingSet(Process self)
    {
        try
        {
            self.Refresh();
            return self.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
