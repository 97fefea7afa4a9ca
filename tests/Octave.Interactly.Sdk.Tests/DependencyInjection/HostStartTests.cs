using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.Tests.DependencyInjection;

/// <summary>Bad settings stop the host from starting, with the setting's name, before any request is made.</summary>
public sealed class HostStartTests
{
    [Test]
    public async Task A_missing_key_fails_at_host_start_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        WorkflowClientsServiceCollectionExtensions.AddWorkflowClients(builder.Services, string.Empty, null, _ => { }, TestClients.NoEnvironment);
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Does.Contain("WorkflowClients:Octave:ApiKey").And.Contain("WorkflowClients:Interactly:ApiKey"));
        await host.StopAsync();
    }

    [Test]
    public async Task A_non_HTTPS_base_URL_from_configuration_fails_at_host_start_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WorkflowClients:Octave:ApiKey"] = "octave-valid-key-123",
            ["WorkflowClients:Octave:BaseUrl"] = "http://app.octavehq.com/",
        });
        builder.Services.AddWorkflowClients(builder.Configuration.GetSection("WorkflowClients"));
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Does.Contain("WorkflowClients:Octave:BaseUrl must use HTTPS (plain HTTP only for loopback)"));
        await host.StopAsync();
    }

    [Test]
    public async Task Valid_settings_start_the_host()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddWorkflowClients(o => o.Octave.ApiKey = "octave-valid-key-123");
        using var host = builder.Build();

        await host.StartAsync();

        Assert.That(host.Services.GetRequiredService<IOctaveApi>(), GeneratedByRefit.Constraint);
        await host.StopAsync();
    }
}
