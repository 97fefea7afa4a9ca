using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk;

namespace CallbackReceiver;

/// <summary>
/// Called once per run and status, after the receiver has answered Octave: this is where an application stores
/// the result. Here it is logged and put on the board.
/// </summary>
internal sealed class PrintingCallbackHandler(CompletionBoard board, ILogger<PrintingCallbackHandler> logger) : IOctaveCallbackHandler
{
    public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default)
    {
        board.Completed(callback);
        logger.LogInformation("Callback: {Kind} run {RunId} {Status}: {Summary}", callback.Kind, callback.RunId, callback.Status, Summarize(callback));
        return Task.CompletedTask;
    }

    private static string Summarize(OctaveCallback callback)
    {
        if (callback.Error is { } error)
        {
            return error;
        }

        if (callback.Output is not { } output)
        {
            return "(no output)";
        }

        if (output.ValueKind == JsonValueKind.Object && output.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.String)
        {
            return summary.GetString()!;
        }

        var json = output.GetRawText();
        return json.Length <= 200 ? json : json[..200] + "…";
    }
}
