using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Tests.DependencyInjection;

/// <summary>Builds containers wired to an emulator with millisecond-scale resilience settings.</summary>
internal static class TestClients
{
    public const string OctaveKey = "octave-test-key-0001";
    public const string InteractlyKey = "interactly-test-key-0001";

    /// <summary>No environment variables: tests never depend on (or leak into) the process environment.</summary>
    public static readonly Func<string, string?> NoEnvironment = _ => null;

    public static Task<WorkflowEmulator> StartEmulatorAsync(Action<WorkflowEmulatorOptions>? configure = null)
    {
        var options = new WorkflowEmulatorOptions { JobPendingMilliseconds = 20, JobRunningMilliseconds = 80 };
        configure?.Invoke(options);
        return WorkflowEmulator.StartAsync(options);
    }

    /// <summary>Fast settings: 10 ms backoff, Retry-After clamped to 100 ms, a breaker that stays closed unless a test lowers it.</summary>
    public static void Fast(WorkflowResilienceOptions resilience)
    {
        resilience.TotalTimeout = TimeSpan.FromSeconds(10);
        resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
        resilience.MaxRetryAttempts = 3;
        resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
        resilience.MaxDelay = TimeSpan.FromMilliseconds(50);
        resilience.MaxRetryAfter = TimeSpan.FromMilliseconds(100);
        resilience.CircuitBreaker.MinimumThroughput = 1000;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(1);
        resilience.CircuitBreaker.BreakDuration = TimeSpan.FromMilliseconds(200);
    }

    public static void PointAt(WorkflowClientsOptions options, WorkflowEmulator emulator, string octaveKey = OctaveKey, string interactlyKey = InteractlyKey)
    {
        options.Octave.ApiKey = octaveKey;
        options.Octave.BaseUrl = emulator.OctaveBaseUrl;
        options.Interactly.ApiKey = interactlyKey;
        options.Interactly.BaseUrl = emulator.InteractlyBaseUrl;
        Fast(options.Resilience);
    }

    /// <summary>A container with the default registration pointed at the emulator.</summary>
    public static ServiceProvider Build(
        WorkflowEmulator emulator,
        Action<WorkflowResilienceOptions>? resilience = null,
        Action<IServiceCollection>? services = null,
        Action<WorkflowClientsBuilder>? builder = null) =>
        Build(options => PointAt(options, emulator), resilience, services, builder);

    /// <summary>
    /// A container with the default registration whose Octave client calls <paramref name="octaveBaseUrl"/> (a WireMock.Net
    /// or fault server) with the Octave test key and the fast settings.
    /// </summary>
    public static ServiceProvider BuildFor(Uri octaveBaseUrl, Action<WorkflowResilienceOptions>? resilience = null) =>
        Build(
            options =>
            {
                options.Octave.ApiKey = OctaveKey;
                options.Octave.BaseUrl = octaveBaseUrl;
                options.Interactly.ApiKey = InteractlyKey;
                Fast(options.Resilience);
            },
            resilience);

    /// <summary>
    /// A container with the default registration whose Interactly client calls <paramref name="interactlyBaseUrl"/> (a
    /// WireMock.Net or fault server) with the Interactly test key and the fast settings.
    /// </summary>
    public static ServiceProvider BuildForInteractly(Uri interactlyBaseUrl, Action<WorkflowResilienceOptions>? resilience = null) =>
        Build(
            options =>
            {
                options.Octave.ApiKey = OctaveKey;
                options.Interactly.ApiKey = InteractlyKey;
                options.Interactly.BaseUrl = interactlyBaseUrl;
                Fast(options.Resilience);
            },
            resilience);

    private static ServiceProvider Build(
        Action<WorkflowClientsOptions> point,
        Action<WorkflowResilienceOptions>? resilience,
        Action<IServiceCollection>? services = null,
        Action<WorkflowClientsBuilder>? builder = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var clients = WorkflowClientsServiceCollectionExtensions.AddWorkflowClients(
            collection,
            string.Empty,
            section: null,
            options =>
            {
                point(options);
                resilience?.Invoke(options.Resilience);
            },
            NoEnvironment);
        builder?.Invoke(clients);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The journal records a request when the server is done with it, which can trail the client's view.</summary>
    public static async Task<IReadOnlyList<JournalEntry>> WaitForJournalAsync(WorkflowEmulator emulator, string method, string path, int atLeast)
    {
        for (var i = 0; i < 200; i++)
        {
            var entries = Matching(emulator, method, path);
            if (entries.Count >= atLeast)
            {
                return entries;
            }

            await Task.Delay(10);
        }

        return Matching(emulator, method, path);
    }

    public static IReadOnlyList<JournalEntry> Matching(WorkflowEmulator emulator, string method, string path) =>
        emulator.Journal.Entries.Where(e => e.Method == method && e.Path == path).OrderBy(e => e.Sequence).ToList();
}
