namespace Octave.Interactly.Sdk.DependencyInjection;

/// <summary>One <c>AddWorkflowClients</c> call, remembered so that the factory and the messages can name it.</summary>
internal sealed class WorkflowClientsRegistration
{
    public WorkflowClientsRegistration(string name, string settingPath, bool readsEnvironment)
    {
        Name = name;
        SettingPath = settingPath;
        ReadsEnvironment = readsEnvironment;
    }

    /// <summary>The registration's name; empty for the default one.</summary>
    public string Name { get; }

    /// <summary>The configuration path that validation messages use, e.g. <c>WorkflowClients</c> or <c>Tenants:A</c>.</summary>
    public string SettingPath { get; }

    /// <summary>Whether the environment variables fill settings left empty (the default registration only).</summary>
    public bool ReadsEnvironment { get; }

    public string OctaveHttpClientName => HttpClientName(WorkflowService.Octave);

    public string InteractlyHttpClientName => HttpClientName(WorkflowService.Interactly);

    /// <summary>
    /// Describes where a missing setting can be given: <c>WorkflowClients:Octave:ApiKey</c>, plus the environment
    /// variable for the default registration.
    /// </summary>
    public string Setting(string relativePath, string? environmentVariable = null) =>
        SettingPath + ":" + relativePath + (ReadsEnvironment && environmentVariable is not null ? " (or the " + environmentVariable + " environment variable)" : string.Empty);

    /// <summary><c>Octave.Interactly.Sdk.Octave</c>, or <c>Octave.Interactly.Sdk.Octave.{name}</c> for a named registration.</summary>
    public string HttpClientName(WorkflowService service) =>
        SdkInfo.Name + "." + service + (Name.Length == 0 ? string.Empty : "." + Name);
}
