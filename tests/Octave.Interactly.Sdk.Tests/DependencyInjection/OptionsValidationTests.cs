using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.Tests.DependencyInjection;

/// <summary>Every invalid setting is reported by its configuration path, and no message repeats a key.</summary>
public sealed class OptionsValidationTests
{
    private const string GoodKey = "octave-valid-key-123";

    private static IEnumerable<TestCaseData> InvalidSettings()
    {
        yield return Case("Octave key too short", o => o.Octave.ApiKey = "abc", "WorkflowClients:Octave:ApiKey is too short");
        yield return Case("Octave key with spaces", o => o.Octave.ApiKey = "secret key value", "WorkflowClients:Octave:ApiKey must not contain whitespace");
        yield return Case("Interactly key too short", o => o.Interactly.ApiKey = "abc", "WorkflowClients:Interactly:ApiKey is too short");
        yield return Case("Octave HTTP", o => o.Octave.BaseUrl = new Uri("http://app.octavehq.com/"), "WorkflowClients:Octave:BaseUrl must use HTTPS (plain HTTP only for loopback)");
        yield return Case("Interactly HTTP", o => o.Interactly.BaseUrl = new Uri("http://api.interactly.ai/workflows/"), "WorkflowClients:Interactly:BaseUrl must use HTTPS (plain HTTP only for loopback)");
        yield return Case("Octave FTP", o => o.Octave.BaseUrl = new Uri("ftp://127.0.0.1/"), "WorkflowClients:Octave:BaseUrl must use HTTPS");
        yield return Case("Octave relative URL", o => o.Octave.BaseUrl = new Uri("/api", UriKind.Relative), "WorkflowClients:Octave:BaseUrl must be an absolute URL");
        yield return Case("Octave URL missing", o => o.Octave.BaseUrl = null!, "WorkflowClients:Octave:BaseUrl is required");
        yield return Case("Response limit", o => o.Octave.MaxResponseBytes = 0, "WorkflowClients:Octave:MaxResponseBytes must be greater than zero");
        yield return Case("Request source", o => o.Octave.RequestSource = "app\r\nX-Injected: 1", "WorkflowClients:Octave:RequestSource must not contain control characters");
        yield return Case("API version", o => o.Interactly.ApiVersion = " ", "WorkflowClients:Interactly:ApiVersion must not be empty");
        yield return Case("Team id", o => o.Interactly.TeamId = "team\nid", "WorkflowClients:Interactly:TeamId must not contain control characters");
        yield return Case("User id", o => o.Interactly.UserId = "user\u0000", "WorkflowClients:Interactly:UserId must not contain control characters");
        yield return Case("Polling interval", o => o.Polling.InitialInterval = TimeSpan.Zero, "WorkflowClients:Polling:InitialInterval is invalid: PollingOptions.InitialInterval must be positive.");
        yield return Case("Polling jitter", o => o.Polling.Jitter = 1.5, "WorkflowClients:Polling:Jitter is invalid");
        yield return Case("Callback URL", o => o.OctaveClient.CallbackUrl = "http://my-app.example/callbacks", "WorkflowClients:OctaveClient:CallbackUrl is invalid: CallbackUrl must use HTTPS");
        yield return Case("Total timeout", o => o.Resilience.TotalTimeout = TimeSpan.Zero, "WorkflowClients:Resilience:TotalTimeout must be between 10 ms and 1 day");
        yield return Case("Attempt above total", o =>
        {
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(10);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(11);
            o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(1);
        }, "WorkflowClients:Resilience:AttemptTimeout (00:00:11) must not exceed WorkflowClients:Resilience:TotalTimeout (00:00:10)");
        yield return Case("Attempt too short", o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(1), "WorkflowClients:Resilience:AttemptTimeout must be at least 10 ms");
        yield return Case("Retries negative", o => o.Resilience.MaxRetryAttempts = -1, "WorkflowClients:Resilience:MaxRetryAttempts must be between 0 and 100");
        yield return Case("Base delay negative", o => o.Resilience.BaseDelay = TimeSpan.FromSeconds(-1), "WorkflowClients:Resilience:BaseDelay must be between 0 and 1 day");
        yield return Case("Max delay below base", o => o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(100), "WorkflowClients:Resilience:MaxDelay must be at least WorkflowClients:Resilience:BaseDelay");
        yield return Case("Retry-After cap above total", o => o.Resilience.MaxRetryAfter = TimeSpan.FromMinutes(5), "WorkflowClients:Resilience:MaxRetryAfter must be between 0 and WorkflowClients:Resilience:TotalTimeout");
        yield return Case("Delays exceed total", o =>
        {
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(1);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(1);
        }, "The retry delays of WorkflowClients:Resilience add up to 00:00:03.5000000 over 3 retries, more than WorkflowClients:Resilience:TotalTimeout");
        yield return Case("Failure ratio zero", o => o.Resilience.CircuitBreaker.FailureRatio = 0, "WorkflowClients:Resilience:CircuitBreaker:FailureRatio must be greater than 0 and at most 1");
        yield return Case("Failure ratio above one", o => o.Resilience.CircuitBreaker.FailureRatio = 1.5, "WorkflowClients:Resilience:CircuitBreaker:FailureRatio");
        yield return Case("Throughput", o => o.Resilience.CircuitBreaker.MinimumThroughput = 1, "WorkflowClients:Resilience:CircuitBreaker:MinimumThroughput must be at least 2");
        yield return Case("Sampling", o => o.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromMilliseconds(100), "WorkflowClients:Resilience:CircuitBreaker:SamplingDuration must be between 500 ms and 1 day");
        yield return Case("Break", o => o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.Zero, "WorkflowClients:Resilience:CircuitBreaker:BreakDuration must be greater than 0");
    }

    private static TestCaseData Case(string name, Action<WorkflowClientsOptions> breakIt, string expected) =>
        new TestCaseData(breakIt, expected).SetName("Invalid setting is named: " + name);

    [TestCaseSource(nameof(InvalidSettings))]
    public void Invalid_setting_fails_validation_with_its_path(Action<WorkflowClientsOptions> breakIt, string expected)
    {
        var failures = Validate(o =>
        {
            o.Octave.ApiKey = GoodKey;
            o.Interactly.ApiKey = "interactly-valid-key-123";
            breakIt(o);
        });

        Assert.That(failures, Has.Some.StartsWith(expected).Or.Some.Contains(expected));
    }

    [Test]
    public void Defaults_with_keys_are_valid()
    {
        Assert.That(Validate(o => o.Octave.ApiKey = GoodKey), Is.Empty);
    }

    [Test]
    public void Plain_HTTP_is_allowed_for_loopback()
    {
        Assert.That(
            Validate(o =>
            {
                o.Octave.ApiKey = GoodKey;
                o.Octave.BaseUrl = new Uri("http://127.0.0.1:5080/");
                o.Interactly.ApiKey = GoodKey;
                o.Interactly.BaseUrl = new Uri("http://localhost:5080/workflows/");
            }),
            Is.Empty);
    }

    [Test]
    public void At_least_one_key_is_required()
    {
        Assert.That(
            Validate(_ => { }),
            Has.Some.EqualTo(
                "WorkflowClients:Octave:ApiKey (or the OCTAVE_API_KEY environment variable) or " +
                "WorkflowClients:Interactly:ApiKey (or the INTERACTLY_API_KEY environment variable) is required: configure at least one API."));
    }

    [Test]
    public void An_API_without_a_key_is_not_validated()
    {
        // Interactly is left out entirely; its (otherwise invalid) URL does not matter.
        Assert.That(
            Validate(o =>
            {
                o.Octave.ApiKey = GoodKey;
                o.Interactly.BaseUrl = new Uri("http://interactly.example/");
            }),
            Is.Empty);
    }

    [Test]
    public void Disabled_resilience_checks_only_the_total_timeout()
    {
        Assert.That(
            Validate(o =>
            {
                o.Octave.ApiKey = GoodKey;
                o.Resilience.Enabled = false;
                o.Resilience.AttemptTimeout = TimeSpan.FromHours(1);
            }),
            Is.Empty);
    }

    [Test]
    public void Messages_never_contain_the_key()
    {
        const string key = "leaky secret key with spaces";
        var failures = Validate(o =>
        {
            o.Octave.ApiKey = key;
            o.Octave.BaseUrl = new Uri("http://remote.example/");
        });

        Assert.That(failures, Is.Not.Empty);
        Assert.That(string.Join("\n", failures), Does.Not.Contain(key).And.Not.Contain("leaky"));
    }

    [Test]
    public void Named_registrations_report_their_own_path()
    {
        var services = new ServiceCollection();
        services.AddWorkflowClients("tenant-a", o => o.Octave.ApiKey = "abc");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<WorkflowClientsOptions>>().Get("tenant-a"));

        Assert.That(error!.Failures, Has.Some.StartsWith("WorkflowClients:tenant-a:Octave:ApiKey is too short"));
    }

    internal static IReadOnlyList<string> Validate(Action<WorkflowClientsOptions> configure)
    {
        var services = new ServiceCollection();
        WorkflowClientsServiceCollectionExtensions.AddWorkflowClients(services, string.Empty, null, configure, TestClients.NoEnvironment);
        using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<WorkflowClientsOptions>>().Value;
            return Array.Empty<string>();
        }
        catch (OptionsValidationException exception)
        {
            return exception.Failures.ToList();
        }
    }
}
