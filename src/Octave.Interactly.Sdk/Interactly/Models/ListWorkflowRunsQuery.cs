using System.Collections.Generic;
using System.Globalization;
using Octave.Interactly.Sdk.Validation;
using Refit;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Writes a <see cref="ListWorkflowRunsRequest"/> as the flat query parameters of <c>GET /v1/workflow-runs</c>,
/// checking each value first, so that a call straight on <see cref="IInteractlyApi"/> is checked like one through
/// the facade.
/// </summary>
internal sealed class ListWorkflowRunsQuery : IQueryConverter<ListWorkflowRunsRequest>
{
    public void Flatten(ListWorkflowRunsRequest value, string keyPrefix, ref GeneratedQueryStringBuilder builder, RefitSettings settings)
    {
        if (value.Page is { } page)
        {
            Argument.InRange(page, 1, int.MaxValue, "page");
        }

        if (value.Size is { } size)
        {
            Argument.InRange(size, 1, int.MaxValue, "size");
        }

        if (value.WorkflowId is not null)
        {
            Argument.ObjectId(value.WorkflowId, "workflow_id");
        }

        Argument.NotNegative(value.SourceTurnIndex, "source_turn_index");

        Add(ref builder, "page", Format(value.Page));
        Add(ref builder, "size", Format(value.Size));
        Add(ref builder, "search", value.Search);
        Add(ref builder, "start", value.Start?.ToString("O", CultureInfo.InvariantCulture));
        Add(ref builder, "end", value.End?.ToString("O", CultureInfo.InvariantCulture));
        Add(ref builder, "workflow_id", value.WorkflowId);
        Add(ref builder, "status", value.Status?.Value);
        Add(ref builder, "source_workflow_run_id", value.SourceWorkflowRunId);
        Add(ref builder, "source_turn_index", Format(value.SourceTurnIndex));
        Add(ref builder, "run_by", value.RunBy);
        if (value.AdditionalFilters is not null)
        {
            foreach (KeyValuePair<string, string> filter in value.AdditionalFilters)
            {
                Add(ref builder, Argument.NotEmpty(filter.Key, "AdditionalFilters"), filter.Value);
            }
        }
    }

    private static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void Add(ref GeneratedQueryStringBuilder builder, string key, string? value)
    {
        if (value is not null)
        {
            builder.Add(key, value, false);
        }
    }
}
