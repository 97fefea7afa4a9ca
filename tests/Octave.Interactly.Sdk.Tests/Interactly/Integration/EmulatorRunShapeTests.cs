using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Integration;

/// <summary>
/// The run endpoints over loopback HTTP in every shape the emulator can answer: the documented nesting, a flat run,
/// and a page keyed <c>items</c> or <c>data</c>. Whatever the shape, the SDK reads the same run.
/// </summary>
public class EmulatorRunShapeTests
{
    private WorkflowEmulator _emulator = null!;
    private HttpClient _http = null!;
    private InteractlyClient _client = null!;

    [SetUp]
    public async Task StartEmulator()
    {
        _emulator = await WorkflowEmulator.StartAsync();
        _http = new HttpClient();
        _client = new InteractlyClient(_http, new InteractlyOptions { ApiKey = "emulator-key", BaseUrl = _emulator.InteractlyBaseUrl });
    }

    [TearDown]
    public async Task StopEmulator()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [TestCase(InteractlyRunShape.Nested, InteractlyRunListKey.WorkflowRuns)]
    [TestCase(InteractlyRunShape.Nested, InteractlyRunListKey.Items)]
    [TestCase(InteractlyRunShape.Flat, InteractlyRunListKey.Items)]
    [TestCase(InteractlyRunShape.Flat, InteractlyRunListKey.Data)]
    [TestCase(InteractlyRunShape.Flat, InteractlyRunListKey.WorkflowRuns)]
    public async Task A_finished_run_reads_the_same_in_every_shape(InteractlyRunShape shape, InteractlyRunListKey listKey)
    {
        _emulator.InteractlyCatalog.RunShape = shape;
        _emulator.InteractlyCatalog.RunListKey = listKey;
        string runId;
        await using (var session = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId))
        {
            await session.SendAsync("bye");
            runId = session.RunId;
        }

        var record = (await _client.Api.GetRunAsync(runId)).WorkflowRun;
        var page = await _client.Api.ListRunsAsync(new ListWorkflowRunsRequest { WorkflowId = InteractlyCatalog.ChatLoopWorkflowId, Page = 1, Size = 10 });

        Assert.Multiple(() =>
        {
            Assert.That(record, Is.Not.Null);
            Assert.That(record!.RunId, Is.EqualTo(runId));
            Assert.That(record.WorkflowRun!.WorkflowId, Is.EqualTo(InteractlyCatalog.ChatLoopWorkflowId));
            Assert.That(record.WorkflowRun.Status, Is.EqualTo(InteractlyRunStatus.Completed));
            Assert.That(record.WorkflowRun.InputOutputPairs, Has.Count.EqualTo(2));
            Assert.That(record.WorkflowRun.InputOutputPairs.SelectMany(pair => pair.RunOutput!.Events!).OfType<AssistantResponseEvent>(), Is.Not.Empty);
            Assert.That(record.CreatedAt, Is.Not.Null);
            Assert.That(page.Total, Is.EqualTo(1));
            Assert.That(page.WorkflowRuns.Select(run => run.RunId), Is.EqualTo(new[] { runId }));
            Assert.That(page.WorkflowRuns[0].WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Completed));
        });
        if (listKey != InteractlyRunListKey.WorkflowRuns)
        {
            Assert.That((page.Page, page.Size, page.Pages), Is.EqualTo((1, 10, 1)));
        }
    }
}
