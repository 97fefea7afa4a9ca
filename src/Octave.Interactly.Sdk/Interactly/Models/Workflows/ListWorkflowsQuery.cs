using System.Globalization;
using Octave.Interactly.Sdk.Validation;
using Refit;

namespace Octave.Interactly.Sdk;

/// <summary>Writes <see cref="ListWorkflowsRequest"/> as flat query parameters, checking them first.</summary>
internal sealed class ListWorkflowsQuery : IQueryConverter<ListWorkflowsRequest>
{
    public void Flatten(ListWorkflowsRequest value, string keyPrefix, ref GeneratedQueryStringBuilder builder, RefitSettings settings)
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

        if (value.Search is not null)
        {
            builder.Add("search", value.Search, false);
        }
    }
}
