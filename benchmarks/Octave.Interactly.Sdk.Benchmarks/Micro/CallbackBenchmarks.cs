using BenchmarkDotNet.Attributes;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>Benchmark (3): what a callback receiver does per delivery before it completes a wait.</summary>
[MemoryDiagnoser]
public class CallbackBenchmarks
{
    private readonly byte[] _body = CallbackPayload.ForRun("bsjob_0123456789abcdef");

    [Benchmark(Baseline = true)]
    public OctaveCallback Parse() => OctaveCallbackParser.Parse(_body);
}
