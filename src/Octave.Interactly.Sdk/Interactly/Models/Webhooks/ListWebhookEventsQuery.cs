using System.Globalization;
using Octave.Interactly.Sdk.Validation;
using Refit;

namespace Octave.Interactly.Sdk;

/// <summary>Writes <see cref="ListWebhookEventsRequest"/> as flat query parameters, checking them first.</summary>
internal sealed class ListWebhookEventsQuery : IQueryConverter<ListWebhookEventsRequest>
{
    public void Flatten(ListWebhookEventsRequest value, string keyPrefix, ref GeneratedQueryStringBuilder builder, RefitSettings settings)
    {
        if (value.Page is { } page)
        {
            Argument.InRange(page, 1, int.MaxValue, "page");
            builder.Add("page", page.ToString(CultureInfo.InvariantCulture), false);
        }

        if (value.Size is { } size)
        {
            Argument.InRange(size, 1, int.MaxValue, "size");
            builder.Add("size", size.ToString(CultureInfo.InvariantCulture), false);
        }

        Add(ref builder, "subscription_id", value.SubscriptionId);
        if (value.WorkflowId is not null)
        {
            Argument.ObjectId(value.WorkflowId, "workflow_id");
        }

        Add(ref builder, "workflow_id", value.WorkflowId);
        Add(ref builder, "action", value.Action);
        Add(ref builder, "status", value.Status);
    }

    private static void Add(ref GeneratedQueryStringBuilder builder, string key, string? value)
    {
        if (value is not null)
        {
            builder.Add(key, value, false);
        }
    }
}
