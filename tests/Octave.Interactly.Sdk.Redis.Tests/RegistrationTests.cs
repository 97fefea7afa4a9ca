using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.AspNetCore;

namespace Octave.Interactly.Sdk.Redis.Tests;

/// <summary>Options, registration and the errors a user sees, without a running Redis.</summary>
public sealed class RegistrationTests
{
    [Test]
    public void An_invalid_option_is_named_before_anything_connects()
    {
        var services = new ServiceCollection();
        var builder = services.AddWorkflowClients(options => options.Octave.ApiKey = "test-key");

        var error = Assert.Throws<ArgumentException>(() => builder.AddRedis("127.0.0.1:1", options => options.MaxDeliveryAttempts = 0));

        Assert.That(error!.Message, Does.Contain("OctaveRedisOptions.MaxDeliveryAttempts"));
    }

    [Test]
    public void An_empty_connection_string_is_named()
    {
        var builder = new ServiceCollection().AddWorkflowClients(options => options.Octave.ApiKey = "test-key");

        var error = Assert.Throws<ArgumentException>(() => builder.AddRedis(" "));

        Assert.That(error!.ParamName, Is.EqualTo("connectionString"));
    }

    [Test]
    public async Task An_unreachable_Redis_is_named_by_its_address_and_never_by_its_password()
    {
        var services = new ServiceCollection();
        services.AddWorkflowClients(options => options.Octave.ApiKey = "test-key")
            .AddRedis("127.0.0.1:1,password=hunter2-secret,connectTimeout=200", options => options.StoreTimeout = TimeSpan.FromMilliseconds(500));
        await using var provider = services.BuildServiceProvider();
        var inbox = provider.GetRequiredService<IOctaveCallbackInbox>();
        var callback = OctaveCallbackParser.Parse("""{"jobOId":"wfj_1","status":"succeeded"}"""u8);

        var error = Assert.ThrowsAsync<OctaveRedisUnavailableException>(async () => await inbox.TryAcceptAsync(callback));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("127.0.0.1:1"));
            Assert.That(error.Server, Is.EqualTo("127.0.0.1:1"));
            Assert.That(error.ToString(), Does.Not.Contain("hunter2-secret"));
        });
    }

    [Test]
    public async Task A_wait_polls_when_the_store_is_unreachable_instead_of_failing()
    {
        var services = new ServiceCollection();
        services.AddWorkflowClients(options => options.Octave.ApiKey = "test-key")
            .AddRedis("127.0.0.1:1,connectTimeout=200", options => options.StoreTimeout = TimeSpan.FromMilliseconds(300));
        await using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<OctaveRunCompletionRegistry>();

        var found = await registry.FindCompletedAsync("wfj_1");

        Assert.That(found, Is.Null);
    }
}
