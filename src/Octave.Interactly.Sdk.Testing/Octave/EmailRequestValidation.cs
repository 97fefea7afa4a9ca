using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>The required fields of <c>POST /api/v2/async/headless/generate-emails</c>, checked in the order the reference lists them.</summary>
internal static class EmailRequestValidation
{
    public static string? FirstError(JsonObject body)
    {
        if (body["sequence"] is not JsonObject sequence)
        {
            return "sequence is required";
        }

        if (sequence["steps"] is not JsonValue stepsValue || !stepsValue.TryGetValue(out double steps))
        {
            return "sequence.steps is required";
        }

        if (steps < 1 || steps > 7 || steps != System.Math.Floor(steps))
        {
            return "sequence.steps must be an integer between 1 and 7";
        }

        return Missing(body, "offering", "url", "name")
            ?? Missing(body, "recipient", "firstName", "companyName", "companyDomain");
    }

    private static string? Missing(JsonObject body, string parent, params string[] fields)
    {
        var section = body[parent] as JsonObject;
        foreach (string field in fields)
        {
            if (OctaveAgentOutputs.Text(section, field) is null)
            {
                return parent + "." + field + " is required";
            }
        }

        return null;
    }
}
