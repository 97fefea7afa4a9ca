using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.AspNetCore;
using Octave.Interactly.Sdk.Redis;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Runs several instances of a service as one Octave callback receiver over Redis.</summary>
public static class WorkflowClientsBuilderRedisExtensions
{
    /// <summary>
    /// Shares callbacks between every instance that calls this with the same Redis and
    /// <see cref="OctaveRedisOptions.KeyPrefix"/>. The receiver mapped by <c>MapOctaveCallbacks</c> then appends each
    /// first delivery to a Redis Stream (duplicates are recognised with <c>SET NX</c> across instances) before it
    /// answers 200, and answers 503 when Redis cannot store it; <see cref="IOctaveCallbackHandler"/>s consume that
    /// stream on every instance, each entry once; and every instance's waits complete with callbacks that any of them
    /// received, including waits that start later. Call <c>AddOctaveCallbackReceiver</c> as well to map the endpoint.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddWorkflowClients</c>.</param>
    /// <param name="connectionString">
    /// A StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=...</c>. The connection is
    /// opened lazily and retried in the background, so the service starts while Redis is down (callbacks get 503).
    /// </param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">The connection string is empty or invalid, or an option is invalid.</exception>
    public static WorkflowClientsBuilder AddRedis(this WorkflowClientsBuilder builder, string connectionString, Action<OctaveRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("connectionString is required.", nameof(connectionString));
        }

        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The parser's message may quote the string, password included; say only which part is wrong.
            throw new ArgumentException("connectionString is not a valid Redis configuration string.", nameof(connectionString), exception.InnerException);
        }

        // Start even while Redis is down, and fail commands at once while disconnected: the receiver answers 503 and
        // waits poll, rather than both hanging on a backlog.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        builder.Services.AddKeyedSingleton<IConnectionMultiplexer>(OctaveRedisServiceKey.Value, (_, _) => ConnectionMultiplexer.Connect(configuration));
        return Register(builder, configure);
    }

    /// <summary>
    /// Shares callbacks between instances over an existing connection, which the application owns (it is not disposed
    /// here). See <see cref="AddRedis(WorkflowClientsBuilder, string, Action{OctaveRedisOptions}?)"/>.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddWorkflowClients</c>.</param>
    /// <param name="redis">The connection.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static WorkflowClientsBuilder AddRedis(this WorkflowClientsBuilder builder, IConnectionMultiplexer redis, Action<OctaveRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(redis);
        builder.Services.AddKeyedSingleton<IConnectionMultiplexer>(OctaveRedisServiceKey.Value, redis);
        return Register(builder, configure);
    }

    private static WorkflowClientsBuilder Register(WorkflowClientsBuilder builder, Action<OctaveRedisOptions>? configure)
    {
        var options = new OctaveRedisOptions();
        configure?.Invoke(options);
        options.Validate();

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton(options);
        services.AddSingleton<RedisCallbackStore>();
        services.AddSingleton<IOctaveCallbackStore>(provider => provider.GetRequiredService<RedisCallbackStore>());

        // Replaces the in-process registry with one that also finds callbacks in Redis; the clients and the receiver share it.
        services.RemoveAll<OctaveRunCompletionRegistry>();
        services.AddSingleton(provider => new OctaveRunCompletionRegistry(
            provider.GetRequiredService<IOctaveCallbackStore>(),
            provider.GetRequiredService<TimeProvider>(),
            options.CallbackRetention));

        services.RemoveAll<IOctaveCallbackInbox>();
        services.AddSingleton<IOctaveCallbackInbox, RedisCallbackInbox>();
        services.AddSingleton<InboxSignal>();
        services.AddHostedService<RedisCompletionListener>();
        services.AddHostedService<RedisInboxConsumer>();
        return builder;
    }
}
