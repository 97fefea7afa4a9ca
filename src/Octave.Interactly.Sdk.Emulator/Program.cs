using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Emulator;

/// <summary>The <c>workflow-emulator</c> command: runs a <see cref="WorkflowEmulator"/> until Ctrl+C or SIGTERM.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        CommandLineArguments arguments;
        try
        {
            arguments = CommandLineArguments.Parse(args);
        }
        catch (FormatException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(CommandLineArguments.Usage).ConfigureAwait(false);
            return 2;
        }

        if (arguments.ShowHelp)
        {
            Console.WriteLine(CommandLineArguments.Usage);
            return 0;
        }

        // Registered before start-up, so a signal that arrives while the server starts still stops it cleanly.
        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void RequestStop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopRequested.TrySetResult();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);

        WorkflowEmulator emulator;
        try
        {
            emulator = await WorkflowEmulator.StartAsync(arguments.Options).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or JsonException)
        {
            // A bad scenario file or a port already in use: say what went wrong, without a stack trace.
            await Console.Error.WriteLineAsync("Cannot start the emulator: " + exception.Message).ConfigureAwait(false);
            return 1;
        }

        await using (emulator.ConfigureAwait(false))
        {
            CatalogBanner.Write(Console.Out, emulator);
            await stopRequested.Task.ConfigureAwait(false);
        }

        Console.WriteLine("Stopped.");
        return 0;
    }
}
