namespace Octave.Interactly.Sdk.Validation;

/// <summary>
/// The checks for the path values of the Interactly management endpoints, by wire name; each failure names the
/// endpoint method's parameter.
/// </summary>
internal static class InteractlyManagementParameters
{
    /// <summary>Booleans go on the wire in lowercase, as the service's examples write them (<c>fully_hydrate=true</c>).</summary>
    public static string? FormatOrNull(object? value) => value is bool flag ? (flag ? "true" : "false") : null;

    public static void Validate(string? wireName, object? value)
    {
        switch (wireName)
        {
            case "comment_logical_id":
                Argument.NotEmpty(value as string, "commentLogicalId");
                break;
            case "event_id":
                Argument.NotEmpty(value as string, "eventId");
                break;
            case "version_number":
                Argument.NotNegative(value as int?, "versionNumber");
                break;
            case "version1":
                Argument.NotNegative(value as int?, "version1");
                break;
            case "version2":
                Argument.NotNegative(value as int?, "version2");
                break;
            case "webhook_id":
                Argument.NotEmpty(value as string, "webhookId");
                break;
            case "page":
                if (value is int page)
                {
                    Argument.InRange(page, 1, int.MaxValue, "page");
                }

                break;
            case "size":
                if (value is int size)
                {
                    Argument.InRange(size, 1, int.MaxValue, "size");
                }

                break;
            case "turn_index":
                Argument.NotNegative(value as int?, "turnIndex");
                break;
        }
    }
}
