using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/async/headless/generate-emails</c>: an email sequence generated in the background.</summary>
public sealed class GenerateEmailsRequest
{
    /// <summary>Where Octave POSTs the generated emails. Required.</summary>
    [JsonPropertyName("callbackUrl")]
    public string CallbackUrl { get; set; } = string.Empty;

    /// <summary>The sequence to write. Required.</summary>
    [JsonPropertyName("sequence")]
    public EmailSequenceSpec Sequence { get; set; } = new();

    /// <summary>What is being offered. Required.</summary>
    [JsonPropertyName("offering")]
    public EmailOffering Offering { get; set; } = new();

    /// <summary>Who the emails are for. Required.</summary>
    [JsonPropertyName("recipient")]
    public EmailRecipient Recipient { get; set; } = new();

    /// <summary>Options this SDK does not model yet (language, output format), sent as top-level keys.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}

/// <summary>The shape of a generated sequence.</summary>
public sealed class EmailSequenceSpec
{
    /// <summary>Number of emails, 1 to 7. Required.</summary>
    [JsonPropertyName("steps")]
    public int Steps { get; set; }

    /// <summary>Email length; the server defaults to <see cref="EmailSequenceLength.MixedLengths"/>.</summary>
    [JsonPropertyName("length")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EmailSequenceLength? Length { get; set; }

    /// <summary>Kind of sequence; the server defaults to <see cref="EmailSequenceType.ColdOutbound"/>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EmailSequenceType? Type { get; set; }

    /// <summary>What the sequence should achieve.</summary>
    [JsonPropertyName("primaryGoal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EmailSequenceGoal? PrimaryGoal { get; set; }
}

/// <summary>The product or service the emails promote.</summary>
public sealed class EmailOffering
{
    /// <summary>The offering's URL. Required.</summary>
    [JsonPropertyName("url")]
    public string Url { get; set; } = string.Empty;

    /// <summary>The offering's name. Required.</summary>
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;
}

/// <summary>The person the emails are written to.</summary>
public sealed class EmailRecipient
{
    /// <summary>First name. Required.</summary>
    [JsonPropertyName("firstName")]
    public string FirstName { get; set; } = string.Empty;

    /// <summary>Company name. Required.</summary>
    [JsonPropertyName("companyName")]
    public string CompanyName { get; set; } = string.Empty;

    /// <summary>Company domain. Required.</summary>
    [JsonPropertyName("companyDomain")]
    public string CompanyDomain { get; set; } = string.Empty;
}
