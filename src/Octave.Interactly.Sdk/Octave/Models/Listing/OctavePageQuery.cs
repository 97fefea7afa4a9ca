using System.Globalization;
using Octave.Interactly.Sdk.Validation;
using Refit;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Writes an <see cref="OctavePageRequest"/> as <c>limit</c>/<c>offset</c> query parameters, checking each first, so a
/// call straight on <see cref="IOctaveApi"/> fails before any I/O with an <see cref="System.ArgumentException"/>
/// naming the field.
/// </summary>
internal sealed class OctavePageQuery : IQueryConverter<OctavePageRequest>
{
    public void Flatten(OctavePageRequest value, string keyPrefix, ref GeneratedQueryStringBuilder builder, RefitSettings settings)
    {
        if (value.Limit is { } limit)
        {
            Argument.InRange(limit, 1, int.MaxValue, "limit");
            builder.Add("limit", limit.ToString(CultureInfo.InvariantCulture), false);
        }

        if (value.Offset is { } offset)
        {
            Argument.InRange(offset, 0, int.MaxValue, "offset");
            builder.Add("offset", offset.ToString(CultureInfo.InvariantCulture), false);
        }
    }
}
