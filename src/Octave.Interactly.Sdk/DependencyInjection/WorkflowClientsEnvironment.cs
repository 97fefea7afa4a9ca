using System;

namespace Octave.Interactly.Sdk.DependencyInjection;

/// <summary>
/// The environment variables the default registration falls back to. Named registrations (tenants) never read
/// them: one process-wide key silently shared by every tenant is exactly the mistake tenants exist to avoid.
/// </summary>
internal static class WorkflowClientsEnvironment
{
    public const string OctaveApiKey = "OCTAVE_API_KEY";
    public const string OctaveBaseUrl = "OCTAVE_BASE_URL";
    public const string InteractlyApiKey = "INTERACTLY_API_KEY";
    public const string InteractlyBaseUrl = "INTERACTLY_BASE_URL";
    public const string InteractlyTeamId = "INTERACTLY_TEAM_ID";
    public const string InteractlyUserId = "INTERACTLY_USER_ID";

    public static Func<string, string?> Process { get; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// Runs before the user's configuration, so a base URL from the environment is a default that configuration
    /// overrides. (A base URL always has a value, the production URL, so "empty" cannot be detected afterwards.)
    /// </summary>
    public static void ApplyBaseUrls(WorkflowClientsOptions options, Func<string, string?> read)
    {
        if (Value(read, OctaveBaseUrl) is { } octave)
        {
            options.Octave.BaseUrl = Remember(options, "Octave:BaseUrl", OctaveBaseUrl, ParseUrl(options, octave, OctaveBaseUrl)) ?? options.Octave.BaseUrl;
        }

        if (Value(read, InteractlyBaseUrl) is { } interactly)
        {
            options.Interactly.BaseUrl = Remember(options, "Interactly:BaseUrl", InteractlyBaseUrl, ParseUrl(options, interactly, InteractlyBaseUrl)) ?? options.Interactly.BaseUrl;
        }
    }

    /// <summary>Runs after the user's configuration and fills only the settings it left empty.</summary>
    public static void FillEmptySettings(WorkflowClientsOptions options, Func<string, string?> read)
    {
        if (options.Octave is { } octave && string.IsNullOrWhiteSpace(octave.ApiKey))
        {
            octave.ApiKey = Remember(options, "Octave:ApiKey", OctaveApiKey, Value(read, OctaveApiKey));
        }

        if (options.Interactly is { } interactly)
        {
            if (string.IsNullOrWhiteSpace(interactly.ApiKey))
            {
                interactly.ApiKey = Remember(options, "Interactly:ApiKey", InteractlyApiKey, Value(read, InteractlyApiKey));
            }

            if (string.IsNullOrWhiteSpace(interactly.TeamId))
            {
                interactly.TeamId = Value(read, InteractlyTeamId);
            }

            if (string.IsNullOrWhiteSpace(interactly.UserId))
            {
                interactly.UserId = Value(read, InteractlyUserId);
            }
        }
    }

    /// <summary>Records where a value came from, so that validation names the variable rather than the setting.</summary>
    private static T? Remember<T>(WorkflowClientsOptions options, string setting, string variable, T? value)
        where T : class
    {
        if (value is not null)
        {
            options.EnvironmentValues[setting] = (variable, value);
        }

        return value;
    }

    private static string? Value(Func<string, string?> read, string name) =>
        read(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static Uri? ParseUrl(WorkflowClientsOptions options, string value, string variable)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return uri;
        }

        options.EnvironmentErrors.Add($"The environment variable {variable} must be an absolute URL.");
        return null;
    }
}
