using System.Text;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>A workflow callback body in the shape the emulator delivers for <c>caw_demo_enrich</c>.</summary>
internal static class CallbackPayload
{
    public static byte[] ForRun(string jobOId) => Encoding.UTF8.GetBytes(
        """{"jobOId":""" + "\"" + jobOId + "\"" + """
        ,"workflowOId":"caw_demo_enrich","status":"succeeded","output":{"person":{"firstName":"Ada","lastName":"Lovelace",
        "email":"ada@example.com","jobTitle":"Head of Engineering","linkedInUrl":"https://www.linkedin.com/in/ada-lovelace",
        "location":"London, United Kingdom"},"company":{"name":"Analytical Engines Ltd","domain":"example.com",
        "industry":"Computer Software","employeeCount":250,"headquarters":"London, United Kingdom",
        "description":"Builds general-purpose computing machinery."},
        "summary":"Ada Lovelace is Head of Engineering at Analytical Engines Ltd."},"error":null,
        "completedAt":"2026-01-15T10:30:00.000Z"}
        """);
}
