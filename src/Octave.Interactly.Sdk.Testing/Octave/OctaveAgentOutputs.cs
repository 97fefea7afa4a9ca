using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Realistic, deterministic agent outputs computed from the request inputs: the same inputs
/// always give the same output, so tests can assert on it.
/// </summary>
internal static class OctaveAgentOutputs
{
    private static readonly string[] Industries = ["Software", "Financial Services", "Healthcare", "Manufacturing", "Retail", "Logistics"];
    private static readonly string[] Cities = ["Berlin", "Austin", "London", "Toronto", "Sydney", "Lisbon"];
    private static readonly string[] Countries = ["Germany", "United States", "United Kingdom", "Canada", "Australia", "Portugal"];
    private static readonly string[] Titles = ["VP of Sales", "Head of Revenue Operations", "Director of Marketing", "Chief Technology Officer", "Sales Manager", "Growth Lead"];
    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson"];

    public static JsonNode Generate(OctaveAgentType type, JsonObject inputs) => type switch
    {
        OctaveAgentType.EnrichCompany => EnrichCompany(inputs),
        OctaveAgentType.EnrichPerson => EnrichPerson(inputs),
        OctaveAgentType.QualifyPerson => Qualify(inputs, "person"),
        OctaveAgentType.QualifyCompany => Qualify(inputs, "company"),
        OctaveAgentType.Content => Content(inputs),
        OctaveAgentType.Sequence => Sequence(inputs, Text(inputs, "steps") is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : 4),
        OctaveAgentType.Prospector => Prospector(inputs),
        OctaveAgentType.Context => Context(inputs),
        _ => new JsonObject(),
    };

    public static JsonObject EnrichCompany(JsonObject inputs)
    {
        string domain = Domain(inputs);
        return new JsonObject
        {
            ["company"] = Company(inputs, domain),
            ["personas"] = new JsonArray(
                new JsonObject { ["name"] = "Economic Buyer", ["matchConfidence"] = Confidence(domain + "buyer") },
                new JsonObject { ["name"] = "Technical Evaluator", ["matchConfidence"] = Confidence(domain + "tech") }),
            ["playbooks"] = new JsonArray(
                new JsonObject { ["name"] = "Mid-market expansion", ["matchConfidence"] = Confidence(domain + "playbook") }),
        };
    }

    public static JsonObject EnrichPerson(JsonObject inputs)
    {
        string domain = Domain(inputs);
        string firstName = Text(inputs, "firstName") ?? Pick(FirstNames, domain + "first");
        string lastName = Text(inputs, "lastName") ?? Pick(LastNames, domain + "last");
        string email = Text(inputs, "email") ?? (firstName + "." + lastName + "@" + domain).ToLowerInvariant();
        return new JsonObject
        {
            ["person"] = new JsonObject
            {
                ["firstName"] = firstName,
                ["lastName"] = lastName,
                ["email"] = email,
                ["jobTitle"] = Text(inputs, "jobTitle") ?? Pick(Titles, email),
                ["linkedInProfile"] = Text(inputs, "linkedInProfile")
                    ?? "https://www.linkedin.com/in/" + (firstName + "-" + lastName).ToLowerInvariant(),
            },
            ["company"] = Company(inputs, domain),
            ["persona"] = new JsonObject { ["name"] = "Economic Buyer", ["matchConfidence"] = Confidence(email) },
        };
    }

    public static JsonObject Sequence(JsonObject inputs, int steps)
    {
        string firstName = Text(inputs, "firstName") ?? Text(inputs["recipient"] as JsonObject, "firstName") ?? "there";
        string company = Text(inputs, "companyName") ?? Text(inputs["recipient"] as JsonObject, "companyName") ?? CompanyName(Domain(inputs));
        string offering = Text(inputs["offering"] as JsonObject, "name") ?? "our platform";
        var emails = new JsonArray();
        for (int step = 1; step <= steps; step++)
        {
            emails.Add(new JsonObject
            {
                ["step"] = step,
                ["subject"] = step == 1
                    ? string.Create(CultureInfo.InvariantCulture, $"{company} and {offering}")
                    : string.Create(CultureInfo.InvariantCulture, $"Re: {company} and {offering} ({step})"),
                ["body"] = string.Create(CultureInfo.InvariantCulture,
                    $"Hi {firstName},\n\nStep {step} of {steps}: a short note on how {offering} helps teams like {company}.\n\nBest regards"),
            });
        }

        return new JsonObject { ["emails"] = emails };
    }

    private static JsonObject Qualify(JsonObject inputs, string subject)
    {
        string key = subject + (Text(inputs, "email") ?? Text(inputs, "linkedInProfile") ?? Domain(inputs));
        double score = StableHash.Between(key, 0, 100) / 10.0;
        bool qualified = score >= 5;
        return new JsonObject
        {
            ["score"] = score,
            ["qualified"] = qualified,
            ["rationale"] = string.Create(CultureInfo.InvariantCulture,
                $"The {subject} scored {score:0.0} of 10 against the ideal customer profile; {(qualified ? "qualified" : "not qualified")}."),
        };
    }

    private static JsonObject Content(JsonObject inputs)
    {
        string format = Text(inputs, "outputFormat") ?? "MARKDOWN";
        string company = Text(inputs, "companyName") ?? CompanyName(Domain(inputs));
        string who = Text(inputs, "firstName") ?? "there";
        return new JsonObject
        {
            ["content"] = string.Create(CultureInfo.InvariantCulture,
                $"Hi {who}, here is how {company} can shorten its sales cycle with a focused outbound motion."),
            ["outputFormat"] = format,
        };
    }

    private static JsonObject Prospector(JsonObject inputs)
    {
        string domain = Domain(inputs);
        int limit = inputs["limit"] is JsonValue value && value.TryGetValue(out int requested) ? Math.Clamp(requested, 0, 100) : 5;
        var prospects = new JsonArray();
        for (int i = 0; i < limit; i++)
        {
            string seed = domain + i.ToString(CultureInfo.InvariantCulture);
            string first = Pick(FirstNames, seed + "f");
            string last = Pick(LastNames, seed + "l");
            prospects.Add(new JsonObject
            {
                ["firstName"] = first,
                ["lastName"] = last,
                ["title"] = Pick(Titles, seed),
                ["linkedInProfile"] = "https://www.linkedin.com/in/" + (first + "-" + last).ToLowerInvariant() + "-" + i.ToString(CultureInfo.InvariantCulture),
            });
        }

        return new JsonObject { ["prospects"] = prospects, ["hasMore"] = false };
    }

    private static JsonObject Context(JsonObject inputs)
    {
        string query = Text(inputs, "query") ?? Text(inputs, "runtimeContext") ?? "context";
        var documents = new JsonArray();
        for (int i = 1; i <= 2; i++)
        {
            string id = "doc_" + StableHash.Of(query + i.ToString(CultureInfo.InvariantCulture)).ToString("x8", CultureInfo.InvariantCulture);
            documents.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = i == 1 ? "Product overview" : "Customer story",
                ["data"] = string.Create(CultureInfo.InvariantCulture, $"Material relevant to \"{query}\"."),
                ["score"] = Confidence(query + id),
                ["reasoning"] = "Mentions the topics in the query.",
            });
        }

        return new JsonObject
        {
            ["documents"] = documents,
            ["reasoning"] = string.Create(CultureInfo.InvariantCulture, $"Selected {documents.Count} documents for \"{query}\"."),
        };
    }

    private static JsonObject Company(JsonObject inputs, string domain)
    {
        string name = Text(inputs, "companyName") ?? CompanyName(domain);
        return new JsonObject
        {
            ["name"] = name,
            ["description"] = name + " builds software for modern revenue teams.",
            ["domain"] = domain,
            ["website"] = "https://" + domain,
            ["founded"] = StableHash.Between(domain + "founded", 1990, 2022),
            ["employeeCount"] = StableHash.Between(domain + "employees", 10, 5000),
            ["industry"] = Pick(Industries, domain),
            ["location"] = new JsonObject
            {
                ["city"] = Pick(Cities, domain + "loc"),
                ["country"] = Pick(Countries, domain + "loc"),
            },
        };
    }

    private static string Domain(JsonObject inputs)
    {
        string? domain = Text(inputs, "companyDomain") ?? Text(inputs["recipient"] as JsonObject, "companyDomain");
        if (domain is null && Text(inputs, "email") is { } email && email.Contains('@', StringComparison.Ordinal))
        {
            domain = email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..];
        }

        return domain ?? "example.com";
    }

    private static string CompanyName(string domain)
    {
        string stem = domain.Split('.')[0];
        return stem.Length == 0 ? "Example" : char.ToUpperInvariant(stem[0]) + stem[1..];
    }

    private static double Confidence(string key) => StableHash.Between(key, 50, 99) / 100.0;

    private static string Pick(string[] values, string key) => values[StableHash.Of(key) % (uint)values.Length];

    /// <summary>A string (or number, as text) input, or null when absent or blank.</summary>
    public static string? Text(JsonObject? inputs, string name)
    {
        if (inputs is null || inputs[name] is not JsonValue value)
        {
            return null;
        }

        string? text = value.TryGetValue(out string? s) ? s : value.ToJsonString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Whether any of <paramref name="names"/> is present with a non-blank string value.</summary>
    public static bool HasAny(JsonObject inputs, params string[] names) => names.Any(n => Text(inputs, n) is not null);
}
