using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;

namespace InteractiveChat;

/// <summary>The conversation: print the assistant, read you, until the workflow completes, you type /stop, or Ctrl+C.</summary>
internal static class ChatLoop
{
    private const string StopCommand = "/stop";

    public static async Task<int> RunAsync(InteractlyClient client, ChatTarget target, CancellationToken quit)
    {
        Console.WriteLine($"Chatting with Interactly workflow {target.WorkflowId} on {target.Where}.");
        Console.WriteLine($"Type a message and press Enter; {StopCommand} stops the run; Ctrl+C quits.");

        await using var session = await client.StartSessionAsync(target.WorkflowId, cancellationToken: quit);
        PrintAssistant(session.LastTurn!.AssistantMessages);
        try
        {
            return await ConverseAsync(session, quit);
        }
        catch (OperationCanceledException) when (quit.IsCancellationRequested)
        {
            // Ctrl+C: the run would otherwise stay open on the server until it expires, so stop it, but never wait long.
            Console.WriteLine();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await session.StopAsync(grace.Token);
                Console.WriteLine($"Interrupted; the run was stopped. Final status: {session.Status}.");
            }
            catch (Exception exception) when (exception is WorkflowApiException or HttpRequestException or OperationCanceledException)
            {
                Console.WriteLine($"Interrupted; the run could not be stopped ({exception.Message}).");
            }

            return 0;
        }
    }

    private static async Task<int> ConverseAsync(InteractlySession session, CancellationToken quit)
    {
        while (!session.HasEnded)
        {
            var line = (await ConsoleInput.ReadLineAsync("you> ", quit))?.Trim();
            if (line is null || string.Equals(line, StopCommand, StringComparison.OrdinalIgnoreCase))
            {
                await session.StopAsync(quit);
                Console.WriteLine($"Stopped. Final status: {session.Status}.");
                return 0;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var turn = await session.SendAsync(line, quit);
            PrintAssistant(turn.AssistantMessages);
        }

        if (session.Status == InteractlyRunStatus.Completed)
        {
            Console.WriteLine("The workflow has completed. Final status: completed.");
            return 0;
        }

        Console.WriteLine($"The workflow has ended. Final status: {session.Status}. {session.LastTurn?.Error}".TrimEnd());
        return 1;
    }

    private static void PrintAssistant(IReadOnlyList<string> messages)
    {
        foreach (var message in messages)
        {
            Console.WriteLine($"assistant> {message}");
        }
    }
}
