using System;
using System.Globalization;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// What is published for each accepted callback: when it was received (Unix milliseconds, for the end-to-end
/// latency metric) and its raw JSON, separated by a newline.
/// </summary>
internal static class CompletionMessage
{
    public static string Format(long receivedUnixMilliseconds, string rawJson) =>
        receivedUnixMilliseconds.ToString(CultureInfo.InvariantCulture) + "\n" + rawJson;

    public static bool TryParse(string? message, out long receivedUnixMilliseconds, out OctaveCallback? callback)
    {
        receivedUnixMilliseconds = 0;
        callback = null;
        var newline = message?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        if (newline <= 0
            || !long.TryParse(message.AsSpan(0, newline), NumberStyles.None, CultureInfo.InvariantCulture, out receivedUnixMilliseconds))
        {
            return false;
        }

        return OctaveCallbackParser.TryParse(System.Text.Encoding.UTF8.GetBytes(message!.Substring(newline + 1)), out callback, out _);
    }
}
