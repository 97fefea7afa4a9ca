using System;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Octave.Interactly.Sdk.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>The pipeline the SDK hands to AddResilienceHandler, read back with Polly.Testing.</summary>
public sealed class PipelineCompositionTests
{
    [Test]
    public void The_default_pipeline_is_total_timeout_retry_breaker_attempt_timeout_with_the_configured_values()
    {
        var options = new WorkflowResilienceOptions
        {
            TotalTimeout = TimeSpan.FromSeconds(40),
            AttemptTimeout = TimeSpan.FromSeconds(7),
            MaxRetryAttempts = 5,
        };
        options.CircuitBreaker.FailureRatio = 0.25;
        options.CircuitBreaker.MinimumThroughput = 12;

        var descriptor = Build(options, new ResilienceCustomization()).GetPipelineDescriptor();

        Assert.That(descriptor.Strategies.Select(s => s.Options?.GetType()), Is.EqualTo(new[]
        {
            typeof(TimeoutStrategyOptions),
            typeof(RetryStrategyOptions<HttpResponseMessage>),
            typeof(CircuitBreakerStrategyOptions<HttpResponseMessage>),
            typeof(TimeoutStrategyOptions),
        }));
        var total = (TimeoutStrategyOptions)descriptor.Strategies[0].Options!;
        var retry = (RetryStrategyOptions<HttpResponseMessage>)descriptor.Strategies[1].Options!;
        var breaker = (CircuitBreakerStrategyOptions<HttpResponseMessage>)descriptor.Strategies[2].Options!;
        var attempt = (TimeoutStrategyOptions)descriptor.Strategies[3].Options!;
        Assert.Multiple(() =>
        {
            Assert.That((total.Name, total.Timeout), Is.EqualTo(("TotalTimeout", TimeSpan.FromSeconds(40))));
            Assert.That(retry.MaxRetryAttempts, Is.EqualTo(5));
            Assert.That((breaker.FailureRatio, breaker.MinimumThroughput), Is.EqualTo((0.25, 12)));
            Assert.That((attempt.Name, attempt.Timeout), Is.EqualTo(("AttemptTimeout", TimeSpan.FromSeconds(7))));
        });
    }

    [Test]
    public void Turning_retries_and_the_breaker_off_leaves_their_strategies_out()
    {
        var options = new WorkflowResilienceOptions { MaxRetryAttempts = 0 };
        options.CircuitBreaker.Enabled = false;

        var descriptor = Build(options, new ResilienceCustomization()).GetPipelineDescriptor();

        Assert.That(
            descriptor.Strategies.Select(s => ((TimeoutStrategyOptions)s.Options!).Name),
            Is.EqualTo(new[] { "TotalTimeout", "AttemptTimeout" }));
    }

    [Test]
    public void A_user_strategy_is_added_inside_the_sdk_strategies_and_a_replaced_pipeline_has_only_the_users()
    {
        var extended = new ResilienceCustomization();
        extended.Configure.Add((pipeline, _) => pipeline.AddTimeout(new TimeoutStrategyOptions { Name = "Mine", Timeout = TimeSpan.FromSeconds(3) }));
        var replaced = new ResilienceCustomization { ReplaceDefaults = true };
        replaced.Configure.Add((pipeline, _) => pipeline.AddTimeout(new TimeoutStrategyOptions { Name = "Mine", Timeout = TimeSpan.FromSeconds(3) }));

        var extendedNames = Build(new WorkflowResilienceOptions(), extended).GetPipelineDescriptor().Strategies.Select(s => s.Options?.Name);
        var replacedNames = Build(new WorkflowResilienceOptions(), replaced).GetPipelineDescriptor().Strategies.Select(s => s.Options?.Name);

        Assert.That(extendedNames, Is.EqualTo(new[] { "TotalTimeout", "Retry", "CircuitBreaker", "AttemptTimeout", "Mine" }));
        Assert.That(replacedNames, Is.EqualTo(new[] { "Mine" }));
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(WorkflowResilienceOptions options, ResilienceCustomization customization)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        var context = new WorkflowResiliencePipelineContext(string.Empty, WorkflowService.Octave, options, new FakeTimeProvider());
        WorkflowResiliencePipelineFactory.Configure(builder, context, customization, NullLogger.Instance);
        return builder.Build();
    }
}
