using System;
using System.Threading;
using System.Threading.Tasks;
using Quickstart;

// One bound for the whole run, so a wrong URL or a lost callback ends with a message instead of a hang.
var limit = TimeSpan.FromSeconds(60);
using var stop = new CancellationTokenSource(limit);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    var settings = QuickstartSettings.FromEnvironment();
    await QuickstartRun.RunAsync(settings, stop.Token);
    return 0;
}
catch (Exception exception)
{
    await Console.Error.WriteLineAsync("Quickstart failed: " + FailureMessage.Describe(exception, stop.IsCancellationRequested, limit));
    return 1;
}
