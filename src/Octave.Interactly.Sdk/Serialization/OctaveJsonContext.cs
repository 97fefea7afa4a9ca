using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Serialization;

/// <summary>
/// Source-generated serialization metadata for every Octave model: no reflection at run time, so the SDK
/// works trimmed and under native AOT. Wire names are explicit on each property (Octave uses camelCase).
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OctaveMetadata))]
[JsonSerializable(typeof(RunWorkflowRequest))]
[JsonSerializable(typeof(RunWorkflowResponse))]
[JsonSerializable(typeof(WorkflowRunStatusResponse))]
[JsonSerializable(typeof(RunAgentRequest))]
[JsonSerializable(typeof(AgentRunAccepted))]
[JsonSerializable(typeof(AgentRunStatusResponse))]
[JsonSerializable(typeof(GenerateEmailsRequest))]
[JsonSerializable(typeof(ValidateApiKeyResponse))]
[JsonSerializable(typeof(OctaveAgentResponse))]
[JsonSerializable(typeof(EnrichCompanyData))]
[JsonSerializable(typeof(QualificationData))]
[JsonSerializable(typeof(ContextAgentData))]
[JsonSerializable(typeof(EnrichPersonRequest))]
[JsonSerializable(typeof(QualifyPersonRequest))]
[JsonSerializable(typeof(EnrichCompanyRequest))]
[JsonSerializable(typeof(QualifyCompanyRequest))]
[JsonSerializable(typeof(GenerateContentRequest))]
[JsonSerializable(typeof(SequenceAgentRequest))]
[JsonSerializable(typeof(ProspectorRequest))]
[JsonSerializable(typeof(ContextAgentRequest))]
[JsonSerializable(typeof(OctaveRunResponse))]
[JsonSerializable(typeof(OctaveAgentList))]
[JsonSerializable(typeof(OctaveApiKeyList))]
[JsonSerializable(typeof(CreditUsageResponse))]
public sealed partial class OctaveJsonContext : JsonSerializerContext
{
}
