namespace Octave.Interactly.Sdk.Events;

/// <summary>Turns an internal thread id into the id an author configured and a user is shown.</summary>
internal static class ThreadReference
{
    /// <summary>What separates a fork companion's parent thread from its configured id: <c>&lt;parent&gt;_companion_&lt;id&gt;</c>.</summary>
    public const string CompanionDelimiter = "_companion_";

    /// <summary>
    /// <c>"0"</c> stays <c>"0"</c>; <c>0_companion_poller</c> becomes <c>poller</c>. Companions nest, so the
    /// configured id is what follows the last delimiter: <c>0_companion_a_companion_b</c> becomes <c>b</c>.
    /// </summary>
    public static string? FromThreadId(string? threadId)
    {
        if (threadId is null)
        {
            return null;
        }

        var last = threadId.LastIndexOf(CompanionDelimiter, System.StringComparison.Ordinal);
        return last < 0 ? threadId : threadId.Substring(last + CompanionDelimiter.Length);
    }
}
