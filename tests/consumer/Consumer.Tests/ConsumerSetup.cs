using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.Testing;

namespace Consumer.Tests;

/// <summary>
/// What a user's test run does: start the emulator from the Testing package in-process, and register the clients
/// the documented way, from appsettings.json and the environment variables (keys and base URLs).
/// </summary>
[SetUpFixture]
public sealed class ConsumerSetup
{
    public const string ApiKey = "consumer-key-123";

    public static WorkflowEmulator Emulator { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartEmulatorAsync()
    {
        Emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { JobPendingMilliseconds = 20, JobRunningMilliseconds = 80 });
        Environment.SetEnvironmentVariable("OCTAVE_API_KEY", ApiKey);
        Environment.SetEnvironmentVariable("OCTAVE_BASE_URL", Emulator.OctaveBaseUrl.AbsoluteUri);
        Environment.SetEnvironmentVariable("INTERACTLY_API_KEY", ApiKey);
        Environment.SetEnvironmentVariable("INTERACTLY_BASE_URL", Emulator.InteractlyBaseUrl.AbsoluteUri);
    }

    [OneTimeTearDown]
    public async Task StopEmulatorAsync() => await Emulator.DisposeAsync();

    /// <summary>A service provider as an application builds one: configuration file plus environment variables.</summary>
    public static ServiceProvider BuildProvider()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json")
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddWorkflowClients(configuration.GetSection("WorkflowClients"));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
