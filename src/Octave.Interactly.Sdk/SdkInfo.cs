using System.Reflection;

namespace Octave.Interactly.Sdk;

/// <summary>Facts about this SDK build, used in headers and telemetry.</summary>
public static class SdkInfo
{
    /// <summary>The name used for the <see cref="System.Diagnostics.ActivitySource"/>, the meter and the logger category.</summary>
    public const string Name = "Octave.Interactly.Sdk";

    /// <summary>The informational version of this assembly, without source-control suffix.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var version = typeof(SdkInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
