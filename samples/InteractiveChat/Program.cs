using System;
using System.Net.Http;
using System.Threading;
using InteractiveChat;
using Octave.Interactly.Sdk;

// Ctrl+C ends the chat cleanly (the run is stopped on the way out) instead of killing the process mid-request.
using var quit = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    quit.Cancel();
};

try
{
    await using var target = await ChatTarget.CreateAsync(quit.Token);
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
    var client = new InteractlyClient(http, target.Options);
    // --stream: the same chat over WS /v1/workflow-runs/ws, printing each event as it arrives.
    if (Array.IndexOf(args, "--stream") >= 0)
    {
        return await StreamingChatLoop.RunAsync(client, target, quit.Token);
    }

    return await ChatLoop.RunAsync(client, target, quit.Token);
}
catch (OperationCanceledException) when (quit.IsCancellationRequested)
{
    Console.WriteLine();
    Console.WriteLine("Bye.");
    return 0;
}
catch (Exception exception) when (exception is WorkflowApiException or InteractlyStreamException or HttpRequestException or ArgumentException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync("InteractiveChat failed: " + exception.Message);
    return 1;
}
