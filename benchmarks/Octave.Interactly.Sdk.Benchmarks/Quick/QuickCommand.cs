using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

internal static class QuickCommand
{
    public static Task<int> RunAsync(Arguments arguments) => Task.FromResult(arguments.Has("quick") ? 0 : 1);
}
