namespace Octave.Interactly.Sdk;

/// <summary>Who said a line of a conversation.</summary>
public enum ConversationRole
{
    /// <summary>The user.</summary>
    User,

    /// <summary>The workflow (an <c>assistant_response</c>).</summary>
    Assistant,
}

/// <summary>One line of a conversation, in order.</summary>
public sealed class TranscriptEntry
{
    /// <summary>Creates a line.</summary>
    /// <param name="role">Who said it.</param>
    /// <param name="text">What was said.</param>
    /// <param name="turnNumber">The turn it belongs to.</param>
    public TranscriptEntry(ConversationRole role, string text, int turnNumber)
    {
        Role = role;
        Text = text;
        TurnNumber = turnNumber;
    }

    /// <summary>Who said it.</summary>
    public ConversationRole Role { get; }

    /// <summary>What was said.</summary>
    public string Text { get; }

    /// <summary>The turn it belongs to.</summary>
    public int TurnNumber { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Role}: {Text}";
}
