using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>Checks the webhook receiver's settings at start-up; never echoes a secret.</summary>
internal sealed class InteractlyWebhookReceiverOptionsValidator : IValidateOptions<InteractlyWebhookReceiverOptions>
{
    public ValidateOptionsResult Validate(string? name, InteractlyWebhookReceiverOptions options)
    {
        var failures = new List<string>();
        if (options.Secrets.Count == 0)
        {
            failures.Add("InteractlyWebhookReceiverOptions.Secrets must contain at least one secret.");
        }
        else if (options.Secrets.Any(string.IsNullOrEmpty))
        {
            failures.Add("InteractlyWebhookReceiverOptions.Secrets must not contain an empty secret.");
        }

        if (options.Tolerance <= TimeSpan.Zero)
        {
            failures.Add("InteractlyWebhookReceiverOptions.Tolerance must be positive.");
        }

        if (options.MaxBodyBytes <= 0)
        {
            failures.Add("InteractlyWebhookReceiverOptions.MaxBodyBytes must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
