using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk;

namespace Consumer.Tests;

public sealed class InteractlySessionTests
{
    private const string GreeterWorkflowId = "6a11c0de0000000000000001";

    [Test]
    public async Task A_session_greets_by_name_and_stops()
    {
        await using var provider = ConsumerSetup.BuildProvider();
        var interactly = provider.GetRequiredService<InteractlyClient>();

        await using InteractlySession session = await interactly.StartSessionAsync(GreeterWorkflowId);
        InteractlyTurn named = await session.SendAsync("Ada");

        Assert.That(session.LastTurn, Is.SameAs(named));
        Assert.That(string.Join(" ", named.AssistantMessages), Does.Contain("Ada"));
        if (!session.IsCompleted)
        {
            await session.StopAsync();
        }

        Assert.That(ConsumerSetup.Emulator.Journal.Count("POST", "/workflows/v1/workflows/*/execute"), Is.GreaterThanOrEqualTo(2));
    }
}
