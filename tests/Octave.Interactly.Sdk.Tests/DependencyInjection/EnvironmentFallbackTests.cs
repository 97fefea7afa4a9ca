using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.Tests.DependencyInjection;

/// <summary>Environment variables fill only the settings configuration left empty, and only for the default registration.</summary>
public sealed class EnvironmentFallbackTests
{
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["OCTAVE_API_KEY"] = "octave-from-environment",
        ["OCTAVE_BASE_URL"] = "https://octave.env.example/",
        ["INTERACTLY_API_KEY"] = "interactly-from-environment",
        ["INTERACTLY_BASE_URL"] = "https://interactly.env.example/workflows/",
        ["INTERACTLY_TEAM_ID"] = "team-env",
        ["INTERACTLY_USER_ID"] = "user-env",
    };

    [Test]
    public void Every_variable_is_used_when_configuration_is_empty()
    {
        var options = Resolve(Configuration(), Environment);

        Assert.Multiple(() =>
        {
            Assert.That(options.Octave.ApiKey, Is.EqualTo("octave-from-environment"));
            Assert.That(options.Octave.BaseUrl, Is.EqualTo(new Uri("https://octave.env.example/")));
            Assert.That(options.Interactly.ApiKey, Is.EqualTo("interactly-from-environment"));
            Assert.That(options.Interactly.BaseUrl, Is.EqualTo(new Uri("https://interactly.env.example/workflows/")));
            Assert.That(options.Interactly.TeamId, Is.EqualTo("team-env"));
            Assert.That(options.Interactly.UserId, Is.EqualTo("user-env"));
        });
    }

    [Test]
    public void Configuration_wins_over_the_environment()
    {
        var options = Resolve(
            Configuration(
                ("WorkflowClients:Octave:ApiKey", "octave-from-configuration"),
                ("WorkflowClients:Octave:BaseUrl", "https://octave.config.example/"),
                ("WorkflowClients:Interactly:TeamId", "team-config")),
            Environment);

        Assert.Multiple(() =>
        {
            Assert.That(options.Octave.ApiKey, Is.EqualTo("octave-from-configuration"));
            Assert.That(options.Octave.BaseUrl, Is.EqualTo(new Uri("https://octave.config.example/")));
            Assert.That(options.Interactly.TeamId, Is.EqualTo("team-config"));
            Assert.That(options.Interactly.UserId, Is.EqualTo("user-env"));
        });
    }

    [Test]
    public void An_empty_configured_key_still_falls_back()
    {
        var options = Resolve(Configuration(("WorkflowClients:Octave:ApiKey", "")), Environment);

        Assert.That(options.Octave.ApiKey, Is.EqualTo("octave-from-environment"));
    }

    [Test]
    public void Without_configuration_or_environment_the_production_URLs_remain()
    {
        var options = Resolve(Configuration(("WorkflowClients:Octave:ApiKey", "octave-from-configuration")), new Dictionary<string, string?>());

        Assert.That(options.Octave.BaseUrl, Is.EqualTo(OctaveOptions.DefaultBaseUrl));
        Assert.That(options.Interactly.BaseUrl, Is.EqualTo(InteractlyOptions.DefaultBaseUrl));
    }

    [Test]
    public void An_unusable_base_URL_variable_is_reported_by_name()
    {
        var environment = new Dictionary<string, string?>(Environment) { ["OCTAVE_BASE_URL"] = "not a url" };

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(Configuration(), environment));

        Assert.That(error!.Failures, Has.Some.EqualTo("The environment variable OCTAVE_BASE_URL must be an absolute URL."));
    }

    [Test]
    public void A_missing_key_names_both_the_setting_and_the_variable()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(Configuration(), new Dictionary<string, string?>()));

        Assert.That(
            error!.Failures,
            Has.Some.Contains("WorkflowClients:Octave:ApiKey (or the OCTAVE_API_KEY environment variable)")
                .And.Contains("WorkflowClients:Interactly:ApiKey (or the INTERACTLY_API_KEY environment variable)"));
    }

    [Test]
    public void Configuration_binds_every_section()
    {
        var options = Resolve(
            Configuration(
                ("WorkflowClients:Octave:ApiKey", "octave-from-configuration"),
                ("WorkflowClients:Octave:RequestSource", "my-app"),
                ("WorkflowClients:Interactly:ApiKey", "interactly-from-configuration"),
                ("WorkflowClients:Interactly:UserId", "user-1"),
                ("WorkflowClients:Resilience:TotalTimeout", "00:00:30"),
                ("WorkflowClients:Resilience:AttemptTimeout", "00:00:20"),
                ("WorkflowClients:Resilience:MaxRetryAttempts", "2"),
                ("WorkflowClients:Resilience:MaxRetryAfter", "00:00:05"),
                ("WorkflowClients:Resilience:CircuitBreaker:BreakDuration", "00:00:03"),
                ("WorkflowClients:Resilience:CircuitBreaker:Enabled", "false"),
                ("WorkflowClients:Polling:InitialInterval", "00:00:02"),
                ("WorkflowClients:OctaveClient:CallbackUrl", "https://my-app.example/callbacks/octave")),
            new Dictionary<string, string?>());

        Assert.Multiple(() =>
        {
            Assert.That(options.Octave.RequestSource, Is.EqualTo("my-app"));
            Assert.That(options.Interactly.UserId, Is.EqualTo("user-1"));
            Assert.That(options.Resilience.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.Resilience.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(options.Resilience.MaxRetryAttempts, Is.EqualTo(2));
            Assert.That(options.Resilience.MaxRetryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(options.Resilience.CircuitBreaker.BreakDuration, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(options.Resilience.CircuitBreaker.Enabled, Is.False);
            Assert.That(options.Polling.InitialInterval, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(options.OctaveClient.Polling, Is.SameAs(options.Polling));
            Assert.That(options.OctaveClient.CallbackUrl, Is.EqualTo("https://my-app.example/callbacks/octave"));
        });
    }

    [Test]
    public void Named_registrations_ignore_the_environment()
    {
        var services = new ServiceCollection();
        services.AddWorkflowClients("tenant-a", Configuration(("WorkflowClients:tenant-a:Interactly:ApiKey", "interactly-tenant-a")));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<WorkflowClientsOptions>>().Get("tenant-a");

        // The public overload reads the real process environment; a named registration must not, whatever it holds.
        Assert.That(options.Interactly.ApiKey, Is.EqualTo("interactly-tenant-a"));
        Assert.That(options.Octave.ApiKey, Is.Null);
    }

    [Test]
    public void A_bad_key_from_the_environment_is_reported_by_the_variable_name()
    {
        var environment = new Dictionary<string, string?> { ["OCTAVE_API_KEY"] = "short" };

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(Configuration(), environment));

        Assert.That(
            error!.Failures,
            Has.Some.EqualTo("The environment variable OCTAVE_API_KEY (used for WorkflowClients:Octave:ApiKey) is too short: an API key has at least 8 characters."));
        Assert.That(error.Message, Does.Not.Contain("short,").And.Not.Contain("'short'"));
    }

    [Test]
    public void A_bad_key_from_configuration_is_reported_by_its_setting_even_when_the_variable_is_set()
    {
        var environment = new Dictionary<string, string?> { ["OCTAVE_API_KEY"] = "octave-from-environment" };

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(Configuration(("WorkflowClients:Octave:ApiKey", "abc")), environment));

        Assert.That(error!.Failures, Has.Some.StartsWith("WorkflowClients:Octave:ApiKey is too short"));
        Assert.That(error.Message, Does.Not.Contain("OCTAVE_API_KEY"));
    }

    [Test]
    public void A_non_loopback_http_base_url_from_the_environment_is_reported_by_the_variable_name()
    {
        var environment = new Dictionary<string, string?> { ["INTERACTLY_API_KEY"] = "interactly-key", ["INTERACTLY_BASE_URL"] = "http://interactly.example/workflows/" };

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(Configuration(), environment));

        Assert.That(error!.Failures, Has.Some.StartsWith("The environment variable INTERACTLY_BASE_URL (used for WorkflowClients:Interactly:BaseUrl) must use HTTPS"));
    }

    [Test]
    public void Polling_set_in_both_sections_takes_each_value_set_under_Polling_and_keeps_the_rest()
    {
        var options = Resolve(
            Configuration(
                ("WorkflowClients:Octave:ApiKey", "octave-from-configuration"),
                ("WorkflowClients:OctaveClient:Polling:InitialInterval", "00:00:03"),
                ("WorkflowClients:OctaveClient:Polling:MaxInterval", "00:00:40"),
                ("WorkflowClients:Polling:InitialInterval", "00:00:02")),
            new Dictionary<string, string?>());

        Assert.Multiple(() =>
        {
            Assert.That(options.Polling.InitialInterval, Is.EqualTo(TimeSpan.FromSeconds(2)), "WorkflowClients:Polling wins for a value set in both");
            Assert.That(options.Polling.MaxInterval, Is.EqualTo(TimeSpan.FromSeconds(40)), "a value set only under OctaveClient:Polling is kept");
            Assert.That(options.OctaveClient.Polling, Is.SameAs(options.Polling));
        });
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var (key, value) in values)
        {
            pairs.Add(new KeyValuePair<string, string?>(key, value));
        }

        return new ConfigurationBuilder().AddInMemoryCollection(pairs).Build();
    }

    private static WorkflowClientsOptions Resolve(IConfiguration configuration, Dictionary<string, string?> environment)
    {
        var services = new ServiceCollection();
        WorkflowClientsServiceCollectionExtensions.AddWorkflowClients(
            services, string.Empty, configuration.GetSection("WorkflowClients"), null, name => environment.TryGetValue(name, out var value) ? value : null);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<WorkflowClientsOptions>>().Value;
    }
}
