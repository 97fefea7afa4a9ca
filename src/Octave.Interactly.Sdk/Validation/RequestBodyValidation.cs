using System.Text.Json;

namespace Octave.Interactly.Sdk.Validation;

/// <summary>
/// The checks a request body passes before it is serialized, whichever way the call came: through a facade or
/// straight on an endpoint interface. The content serializer runs them while Refit builds the request, so a bad
/// body fails with an <see cref="System.ArgumentException"/> naming the wire field and nothing is sent.
/// </summary>
internal static class RequestBodyValidation
{
    public static void Validate(object? body)
    {
        switch (body)
        {
            case null:
                throw Argument.Invalid("request", "request is required.");
            case RunWorkflowRequest workflow:
                Validate(workflow);
                break;
            case RunAgentRequest agent:
                Argument.NotEmpty(agent.AgentOId, "agentOId");
                Argument.CallbackUrl(Argument.NotEmpty(agent.CallbackUrl, "callbackUrl"), "callbackUrl");
                break;
            case GenerateEmailsRequest emails:
                Validate(emails);
                break;
            case GenerateContentRequest content:
                if (string.IsNullOrWhiteSpace(content.AgentOId) && string.IsNullOrWhiteSpace(content.ExperimentOId))
                {
                    throw Argument.Invalid("agentOId", "agentOId or experimentOId is required.");
                }

                break;
            case SequenceAgentRequest sequence:
                if (string.IsNullOrWhiteSpace(sequence.AgentOId) == string.IsNullOrWhiteSpace(sequence.ExperimentOId))
                {
                    throw Argument.Invalid("agentOId", "Exactly one of agentOId and experimentOId must be set.");
                }

                break;
            case ProspectorRequest prospector:
                Argument.NotEmpty(prospector.AgentOId, "agentOId");
                Argument.NotNegative(prospector.Limit, "limit");
                break;
            case ContextAgentRequest context:
                Validate(context);
                break;
            case OctaveAgentRequest other:
                Argument.NotEmpty(other.AgentOId, "agentOId");
                break;
            case ExecuteWorkflowRequest execute:
                Validate(execute);
                break;
            default:
                InteractlyManagementBodies.Validate(body);
                break;
        }
    }

    private static void Validate(RunWorkflowRequest request)
    {
        Argument.NotEmpty(request.WorkflowOId, "workflowOId");
        Argument.CallbackUrl(request.CallbackUrl, "callbackUrl");
        foreach (var key in request.Inputs.Keys)
        {
            if (key is "workflowOId" or "callbackUrl")
            {
                throw Argument.Invalid("inputs", $"Inputs must not contain '{key}': set it on the request's own property.");
            }
        }
    }

    private static void Validate(GenerateEmailsRequest request)
    {
        Argument.CallbackUrl(Argument.NotEmpty(request.CallbackUrl, "callbackUrl"), "callbackUrl");
        Argument.InRange(Argument.NotNull(request.Sequence, "sequence").Steps, 1, 7, "sequence.steps");
        Argument.NotEmpty(Argument.NotNull(request.Offering, "offering").Url, "offering.url");
        Argument.NotEmpty(request.Offering.Name, "offering.name");
        Argument.NotEmpty(Argument.NotNull(request.Recipient, "recipient").FirstName, "recipient.firstName");
        Argument.NotEmpty(request.Recipient.CompanyName, "recipient.companyName");
        Argument.NotEmpty(request.Recipient.CompanyDomain, "recipient.companyDomain");
    }

    private static void Validate(ContextAgentRequest request)
    {
        Argument.NotEmpty(request.AgentOId, "agentOId");
        var hasStringContext = request.RuntimeContext is { ValueKind: JsonValueKind.String } context && !string.IsNullOrWhiteSpace(context.GetString());
        if (string.IsNullOrWhiteSpace(request.Query) && !hasStringContext)
        {
            throw Argument.Invalid("query", "query is required unless runtimeContext is a non-empty string.");
        }
    }

    private static void Validate(ExecuteWorkflowRequest request)
    {
        var input = Argument.NotNull(request.RunInput, "run_input");
        if (request.RunId is not null)
        {
            Argument.NotEmpty(request.RunId, "run_id");
        }

        if (input.ThreadToNodeInputs is null || !input.ThreadToNodeInputs.ContainsKey(WorkflowRunInput.MainThreadId))
        {
            // The server answers "Found 0 threads in workflow input"; say so before sending.
            throw Argument.Invalid("thread_to_node_inputs", "thread_to_node_inputs must contain the main thread \"0\" (it may have no node inputs).");
        }
    }
}
