using System;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// Before the 50-event turn is measured: the SDK and the hand-written JsonDocument walk must read the same events
/// (count, type, id, node and the typed fields compared below), or the comparison would measure different work.
/// </summary>
internal static class RecordedTurnCheck
{
    public static async Task EnsureSameEventsAsync(TurnClients clients)
    {
        const string RunId = "6b02b7183fa8be0000000001";
        var sdk = await clients.SdkTurnAsync(RunId, "tell me more");
        var walk = await clients.HandWrittenDocumentTurnAsync(RunId, "tell me more");
        if (sdk.Events.Count != walk.Events.Count || walk.Events.Count != 50 || sdk.RunId != walk.RunId || sdk.TurnNumber != walk.TurnNumber)
        {
            throw new InvalidOperationException($"The recorded turn read differently: SDK {sdk.Events.Count} events, hand-written {walk.Events.Count}.");
        }

        for (var i = 0; i < sdk.Events.Count; i++)
        {
            var typed = sdk.Events[i];
            var read = walk.Events[i];
            var node = (typed as Events.NodeEvent)?.OriginNodeRunId;
            var readNode = (read as HandWrittenNodeEvent)?.OriginNodeRunId;
            if (typed.Type != read.Type || typed.LogicalId != read.LogicalId || typed.Timestamp != read.Timestamp || node != readNode
                || (typed is Events.AssistantResponseEvent answer && answer.Content != ((HandWrittenAssistantResponse)read).Content)
                || (typed is Events.EndWorkflowIterationEvent end && end.IterationNumber != ((HandWrittenIterationEnd)read).IterationNumber))
            {
                throw new InvalidOperationException($"Event {i} ({typed.Type}) read differently by the SDK and by the hand-written walk.");
            }
        }
    }
}
