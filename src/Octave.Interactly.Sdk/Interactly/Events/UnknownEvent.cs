namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// An event whose <c>type</c> this SDK does not know (the server adds types over time), or a known type whose
/// fields could not be read. The common fields are filled in; everything else is in <see cref="InteractlyEvent.RawJson"/>.
/// </summary>
public sealed class UnknownEvent : InteractlyEvent
{
    /// <summary>Creates an unknown event with an empty type.</summary>
    public UnknownEvent()
        : base(string.Empty)
    {
    }

    /// <summary>Creates an unknown event of the given type.</summary>
    /// <param name="type">The wire discriminator.</param>
    public UnknownEvent(string type)
        : base(type)
    {
    }
}
