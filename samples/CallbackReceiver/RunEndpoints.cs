using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Octave.Interactly.Sdk;

namespace CallbackReceiver;

/// <summary><c>POST /runs</c> starts workflow runs that call back here; <c>GET /runs</c> lists them with their completions.</summary>
internal static class RunEndpoints
{
    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Katherine", "Edsger"];

    public static void MapRunEndpoints(this IEndpointRouteBuilder app, string defaultWorkflowOId)
    {
        app.MapPost("/runs", async (OctaveClient octave, CompletionBoard board, int? count, string? workflow, CancellationToken cancellationToken) =>
        {
            var started = await StartRunsAsync(octave, board, workflow ?? defaultWorkflowOId, Math.Clamp(count ?? 1, 1, 20), cancellationToken);
            return Results.Accepted("/runs", new { started });
        });

        app.MapGet("/runs", (CompletionBoard board) => board.Runs());
    }

    /// <summary>Starts runs without waiting for them: the callback, not this request, reports each completion.</summary>
    public static async Task<IReadOnlyList<string>> StartRunsAsync(OctaveClient octave, CompletionBoard board, string workflowOId, int count, CancellationToken cancellationToken)
    {
        var started = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = FirstNames[i % FirstNames.Length];
            var inputs = new EnrichPersonRequest { FirstName = name, Email = $"{name.ToLowerInvariant()}@example.com" };
            var run = await octave.StartWorkflowAsync(workflowOId, inputs, cancellationToken: cancellationToken);
            board.Started(run.Id, workflowOId);
            started.Add(run.Id);
        }

        return started;
    }
}
