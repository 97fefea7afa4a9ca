using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>Checks the receiver's settings at start-up, naming every field that is wrong; never echoes the token.</summary>
internal sealed class OctaveCallbackReceiverOptionsValidator : IValidateOptions<OctaveCallbackReceiverOptions>
{
    public ValidateOptionsResult Validate(string? name, OctaveCallbackReceiverOptions options)
    {
        var failures = new List<string>();
        if (CallbackUrls.DescribeTokenProblem(options.Token, "OctaveCallbackReceiverOptions.Token") is { } tokenProblem)
        {
            failures.Add(tokenProblem);
        }

        if (options.MaxBodyBytes <= 0)
        {
            failures.Add("OctaveCallbackReceiverOptions.MaxBodyBytes must be positive.");
        }

        if (options.DeduplicationTtl <= System.TimeSpan.Zero)
        {
            failures.Add("OctaveCallbackReceiverOptions.DeduplicationTtl must be positive.");
        }

        if (options.HandlerConcurrency <= 0)
        {
            failures.Add("OctaveCallbackReceiverOptions.HandlerConcurrency must be at least 1.");
        }

        if (options.QueueCapacity <= 0)
        {
            failures.Add("OctaveCallbackReceiverOptions.QueueCapacity must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
