using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace Quickstart;

/// <summary>Console output: colour on a terminal, plain lines when redirected (CI, a test, a pipe).</summary>
internal static class Show
{
    /// <summary>True on a real terminal; live displays and colour are used only then.</summary>
    public static bool IsInteractive { get; } = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static void Heading(string text)
    {
        if (IsInteractive)
        {
            AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified());
        }
        else
        {
            Console.WriteLine();
            Console.WriteLine("== " + text + " ==");
        }
    }

    public static void Line(string text)
    {
        // Data lines bypass Spectre's word wrapping, so long values stay on one line and can be searched.
        Console.WriteLine(text);
    }

    public static void Note(string text)
    {
        if (IsInteractive)
        {
            AnsiConsole.MarkupLine("[grey]" + Markup.Escape(text) + "[/]");
        }
        else
        {
            Console.WriteLine(text);
        }
    }

    public static void Json(string title, JsonElement json)
    {
        Line(title);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteTo(writer);
        }

        foreach (var line in Encoding.UTF8.GetString(buffer.ToArray()).Split('\n'))
        {
            Line("  " + line.TrimEnd('\r'));
        }
    }
}
