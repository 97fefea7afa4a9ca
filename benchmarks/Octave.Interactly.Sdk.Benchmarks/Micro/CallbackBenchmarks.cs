using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// Benchmark (3): what a callback receiver does per delivery before it completes a wait: parse the body, then ask
/// the deduplicator whether this run and status were seen before (a first delivery, and a repeat).
/// </summary>
[MemoryDiagnoser]
public class CallbackBenchmarks
{
    private readonly byte[] _body = CallbackPayload.ForRun("bsjob_0123456789abcdef");
    private readonly InMemoryCallbackDeduplicator _deduplicator = new();

    [GlobalSetup]
    public void Setup() => _deduplicator.TryMarkFirst(OctaveCallbackParser.Parse(_body).DeduplicationKey);

    [Benchmark(Baseline = true)]
    public OctaveCallback Parse() => OctaveCallbackParser.Parse(_body);

    /// <summary>A first delivery: the key is new (it is forgotten again afterwards, so every call finds it new).</summary>
    [Benchmark]
    public async ValueTask<bool> ParseAndDeduplicate_First()
    {
        var key = OctaveCallbackParser.Parse(_body).DeduplicationKey + "|first";
        var first = await _deduplicator.TryMarkFirstAsync(key);
        await _deduplicator.ForgetAsync(key);
        return first;
    }

    /// <summary>A repeated delivery: Octave retried, or two instances both got it.</summary>
    [Benchmark]
    public ValueTask<bool> ParseAndDeduplicate_Repeat() => _deduplicator.TryMarkFirstAsync(OctaveCallbackParser.Parse(_body).DeduplicationKey);
}
