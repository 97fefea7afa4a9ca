using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.Events;

namespace InteractiveChat;

/// <summary>
/// The same conversation over the streaming endpoint (--stream): every event is printed the moment its frame
/// arrives, with the milliseconds since the turn's input was sent, instead of once per HTTP turn.
/// </summary>
internal static class StreamingChatLoop
{
    private const string StopCommand = "/stop";

    public static async Task<int> RunAsync(InteractlyClient client, ChatTarget target, CancellationToken quit)
    {
        Console.WriteLine($"Streaming a chat with Interactly workflow {target.WorkflowId} on {target.Where} over its WebSocket.");
        Console.WriteLine($"Type a message and press Enter; {StopCommand} stops the run; Ctrl+C quits.");

        var clock = Stopwatch.StartNew();
        await using var run = await client.StartStreamingSessionAsync(target.WorkflowId, cancellationToken: quit);
        Console.WriteLine($"run_ack: run {run.RunId}");
        while (true)
        {
            await foreach (var runEvent in run.ReadEventsAsync(quit))
            {
                Print(runEvent, clock.Elapsed);
            }

            if (run.HasEnded)
            {
                Console.WriteLine("The server closed the stream normally (1000): the run has ended.");
                return 0;
            }

            var line = (await ConsoleInput.ReadLineAsync("you> ", quit))?.Trim();
            if (line is null || string.Equals(line, StopCommand, StringComparison.OrdinalIgnoreCase))
            {
                await run.StopAsync(quit);
            }
            else if (line.Length > 0)
            {
                await run.SendUserMessageAsync(line, quit);
            }

            clock.Restart();
        }
    }

    private static void Print(InteractlyEvent runEvent, TimeSpan sinceInput)
    {
        var at = $"+{sinceInput.TotalMilliseconds,5:0}ms";
        if (runEvent is AssistantResponseEvent { Content: { } text })
        {
            Console.WriteLine($"{at}  assistant> {text}");
            return;
        }

        var node = runEvent is NodeEvent { OriginNodeLogicalId: { } id } ? $" ({id})" : string.Empty;
        var unknown = runEvent is UnknownEvent ? " [unknown type]" : string.Empty;
        Console.WriteLine($"{at}  event: {runEvent.Type}{node}{unknown}");
    }
}
