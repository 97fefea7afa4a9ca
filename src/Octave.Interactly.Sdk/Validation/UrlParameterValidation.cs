using System;
using System.Reflection;
using Refit;

namespace Octave.Interactly.Sdk.Validation;

/// <summary>
/// Formats path and query values and checks them on the way, by their wire name (<c>[AliasAs]</c>): Refit calls it
/// while it builds the request, so an empty id, a malformed Interactly id or a negative version fails with an
/// <see cref="ArgumentException"/> naming the field before anything is sent.
/// </summary>
internal sealed class UrlParameterValidation : DefaultUrlParameterFormatter
{
    public static UrlParameterValidation Instance { get; } = new();

    public override string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type)
    {
        // Failures name the endpoint method's parameter, as an ArgumentException for an argument should.
        switch (WireName(attributeProvider))
        {
            case "workflow_id":
                Argument.ObjectId(value as string, "workflowId");
                break;
            case "run_id":
                Argument.NotEmpty(value as string, "runId");
                break;
            case "workflow_run_id":
                Argument.NotEmpty(value as string, "workflowRunId");
                break;
            case "jobOId":
                Argument.NotEmpty(value as string, "jobOId");
                break;
            case "requestId":
                Argument.NotEmpty(value as string, "requestId");
                break;
            case "oId":
                Argument.NotEmpty(value as string, "oId");
                if (((string)value!).Length > 64)
                {
                    throw Argument.Invalid("oId", "oId must be at most 64 characters.");
                }

                break;
            case "version":
                Argument.NotNegative(value as int?, "version");
                break;
            default:
                InteractlyManagementParameters.Validate(WireName(attributeProvider), value);
                break;
        }

        return InteractlyManagementParameters.FormatOrNull(value) ?? base.Format(value, attributeProvider, type);
    }

    private static string? WireName(ICustomAttributeProvider attributeProvider)
    {
        var aliases = attributeProvider.GetCustomAttributes(typeof(AliasAsAttribute), inherit: true);
        return aliases.Length > 0 ? ((AliasAsAttribute)aliases[0]).Name : null;
    }
}
