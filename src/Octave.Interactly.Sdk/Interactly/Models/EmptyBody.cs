namespace Octave.Interactly.Sdk;

/// <summary>A JSON body of <c>{}</c>, which pump-companions expects.</summary>
internal sealed class EmptyBody
{
    public static EmptyBody Instance { get; } = new();
}
