using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk.Http.Resilience;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk.DependencyInjection;

/// <summary>
/// Checks one registration's settings at start-up. Every message names the setting by its configuration path
/// (<c>WorkflowClients:Octave:BaseUrl must use HTTPS ...</c>) and never contains a key's value. Hand-written rather
/// than DataAnnotations so that it is trim- and AOT-safe.
/// </summary>
internal sealed class WorkflowClientsOptionsValidator : IValidateOptions<WorkflowClientsOptions>
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaximumDuration = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinimumSamplingDuration = TimeSpan.FromMilliseconds(500);
    private const int MaximumRetryAttempts = 100;

    private readonly WorkflowClientsRegistration _registration;

    public WorkflowClientsOptionsValidator(WorkflowClientsRegistration registration)
    {
        _registration = registration;
    }

    public ValidateOptionsResult Validate(string? name, WorkflowClientsOptions options)
    {
        if (!string.Equals(name ?? Options.DefaultName, _registration.Name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>(options.EnvironmentErrors);
        var octave = options.Octave;
        var interactly = options.Interactly;
        if (octave is null)
        {
            errors.Add(Path("Octave") + " must not be null.");
        }

        if (interactly is null)
        {
            errors.Add(Path("Interactly") + " must not be null.");
        }

        if (octave is not null && interactly is not null && !options.OctaveConfigured && !options.InteractlyConfigured)
        {
            errors.Add(
                $"{_registration.Setting("Octave:ApiKey", WorkflowClientsEnvironment.OctaveApiKey)} or " +
                $"{_registration.Setting("Interactly:ApiKey", WorkflowClientsEnvironment.InteractlyApiKey)} is required: configure at least one API.");
        }

        if (octave is not null && options.OctaveConfigured)
        {
            ValidateService(options, octave, "Octave", errors);
            HeaderValue(octave.RequestSource, "Octave:RequestSource", errors);
            ValidateOctaveClient(options.OctaveClient, errors);
        }

        if (interactly is not null && options.InteractlyConfigured)
        {
            ValidateService(options, interactly, "Interactly", errors);
            if (string.IsNullOrWhiteSpace(interactly.ApiVersion))
            {
                errors.Add(Path("Interactly:ApiVersion") + " must not be empty.");
            }

            HeaderValue(interactly.ApiVersion, "Interactly:ApiVersion", errors);
            HeaderValue(interactly.TeamId, "Interactly:TeamId", errors);
            HeaderValue(interactly.UserId, "Interactly:UserId", errors);
        }

        if (options.Resilience is null)
        {
            errors.Add(Path("Resilience") + " must not be null.");
        }
        else
        {
            ValidateResilience(options.Resilience, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private void ValidateService(WorkflowClientsOptions options, WorkflowServiceOptions service, string prefix, List<string> errors)
    {
        // The rules are the options type's own (the same ones OctaveClient.Create and InteractlyClient apply); only the
        // name of the setting, or of the environment variable it came from, is added here.
        foreach (var (setting, problem) in service.Problems())
        {
            var relativePath = prefix + ":" + setting;
            object? value = setting switch
            {
                nameof(WorkflowServiceOptions.ApiKey) => service.ApiKey,
                nameof(WorkflowServiceOptions.BaseUrl) => service.BaseUrl,
                _ => null,
            };
            errors.Add($"{Source(options, relativePath, value)} {problem}.");
        }
    }

    /// <summary>The setting's path, or the environment variable that supplied its current value.</summary>
    private string Source(WorkflowClientsOptions options, string relativePath, object? value) =>
        value is not null && options.EnvironmentValues.TryGetValue(relativePath, out var source) && ReferenceEquals(source.Value, value)
            ? $"The environment variable {source.Variable} (used for {Path(relativePath)})"
            : Path(relativePath);

    private void ValidateOctaveClient(OctaveClientOptions? client, List<string> errors)
    {
        if (client is null)
        {
            errors.Add(Path("OctaveClient") + " must not be null.");
            return;
        }

        if (client.Polling is null)
        {
            errors.Add(Path("Polling") + " must not be null.");
            return;
        }

        // OctaveClientOptions owns its rules; only the setting's path is added here.
        try
        {
            client.Validate();
        }
        catch (ArgumentException exception)
        {
            var setting = exception.ParamName is "CallbackUrl" or "CallbackFallbackInterval"
                ? "OctaveClient:" + exception.ParamName
                : "Polling:" + exception.ParamName;
            errors.Add($"{Path(setting)} is invalid: {FirstLine(exception.Message)}");
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        end = end < 0 ? message.IndexOf('\n') : end;
        return (end < 0 ? message : message.Substring(0, end)).Trim();
    }

    private void ValidateResilience(WorkflowResilienceOptions resilience, List<string> errors)
    {
        if (resilience.TotalTimeout < MinimumTimeout || resilience.TotalTimeout > MaximumDuration)
        {
            errors.Add(Path("Resilience:TotalTimeout") + " must be between 10 ms and 1 day.");
            return;
        }

        if (!resilience.Enabled)
        {
            return;
        }

        if (resilience.AttemptTimeout < MinimumTimeout)
        {
            errors.Add(Path("Resilience:AttemptTimeout") + " must be at least 10 ms.");
        }
        else if (resilience.AttemptTimeout > resilience.TotalTimeout)
        {
            errors.Add($"{Path("Resilience:AttemptTimeout")} ({Format(resilience.AttemptTimeout)}) must not exceed {Path("Resilience:TotalTimeout")} ({Format(resilience.TotalTimeout)}).");
        }

        if (resilience.MaxRetryAttempts < 0 || resilience.MaxRetryAttempts > MaximumRetryAttempts)
        {
            errors.Add($"{Path("Resilience:MaxRetryAttempts")} must be between 0 and {MaximumRetryAttempts}.");
        }

        if (resilience.BaseDelay < TimeSpan.Zero || resilience.BaseDelay > MaximumDuration)
        {
            errors.Add(Path("Resilience:BaseDelay") + " must be between 0 and 1 day.");
        }

        if (resilience.MaxDelay < resilience.BaseDelay || resilience.MaxDelay > MaximumDuration)
        {
            errors.Add($"{Path("Resilience:MaxDelay")} must be at least {Path("Resilience:BaseDelay")} and at most 1 day.");
        }

        if (resilience.MaxRetryAfter < TimeSpan.Zero || resilience.MaxRetryAfter > resilience.TotalTimeout)
        {
            errors.Add($"{Path("Resilience:MaxRetryAfter")} must be between 0 and {Path("Resilience:TotalTimeout")} ({Format(resilience.TotalTimeout)}).");
        }

        if (resilience.MaxRetryAttempts is > 0 and <= MaximumRetryAttempts && resilience.BaseDelay >= TimeSpan.Zero && resilience.MaxDelay >= resilience.BaseDelay)
        {
            var delays = RetryDelay.NominalTotal(resilience.MaxRetryAttempts, resilience.BaseDelay, resilience.MaxDelay);
            if (delays > resilience.TotalTimeout)
            {
                errors.Add(
                    $"The retry delays of {Path("Resilience")} add up to {Format(delays)} over {resilience.MaxRetryAttempts} retries, " +
                    $"more than {Path("Resilience:TotalTimeout")} ({Format(resilience.TotalTimeout)}): lower MaxRetryAttempts, BaseDelay or MaxDelay, or raise TotalTimeout.");
            }
        }

        var breaker = resilience.CircuitBreaker;
        if (breaker is null)
        {
            errors.Add(Path("Resilience:CircuitBreaker") + " must not be null.");
            return;
        }

        if (!breaker.Enabled)
        {
            return;
        }

        if (!(breaker.FailureRatio > 0 && breaker.FailureRatio <= 1))
        {
            errors.Add(Path("Resilience:CircuitBreaker:FailureRatio") + " must be greater than 0 and at most 1.");
        }

        if (breaker.MinimumThroughput < 2)
        {
            errors.Add(Path("Resilience:CircuitBreaker:MinimumThroughput") + " must be at least 2.");
        }

        if (breaker.SamplingDuration < MinimumSamplingDuration || breaker.SamplingDuration > MaximumDuration)
        {
            errors.Add(Path("Resilience:CircuitBreaker:SamplingDuration") + " must be between 500 ms and 1 day.");
        }

        if (breaker.BreakDuration <= TimeSpan.Zero || breaker.BreakDuration > MaximumDuration)
        {
            errors.Add(Path("Resilience:CircuitBreaker:BreakDuration") + " must be greater than 0 and at most 1 day.");
        }
    }

    private void HeaderValue(string? value, string relativePath, List<string> errors)
    {
        if (value is not null && HasControl(value))
        {
            errors.Add(Path(relativePath) + " must not contain control characters (it is sent as a header).");
        }
    }

    private string Path(string relativePath) => _registration.SettingPath + ":" + relativePath;

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
