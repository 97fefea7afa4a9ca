using System;
using System.Threading;
using System.Threading.Tasks;

namespace InteractiveChat;

/// <summary>Reads a line without blocking cancellation: Console.ReadLine cannot be interrupted, so it runs aside.</summary>
internal static class ConsoleInput
{
    /// <returns>The line, or null at the end of input.</returns>
    public static async Task<string?> ReadLineAsync(string prompt, CancellationToken cancellationToken)
    {
        Console.Write(prompt);
        var line = Task.Run(Console.ReadLine, CancellationToken.None);
        await Task.WhenAny(line, Task.Delay(Timeout.Infinite, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        return await line;
    }
}
