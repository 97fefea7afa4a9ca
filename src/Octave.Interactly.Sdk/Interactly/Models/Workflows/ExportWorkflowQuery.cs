using System.Globalization;
using System.Linq;
using Octave.Interactly.Sdk.Validation;
using Refit;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Writes <see cref="ExportWorkflowRequest"/> as <c>version_numbers=…&amp;version_numbers=…&amp;active_version_number=…</c>
/// (one parameter per version, as the official SDK sends them), checking them first.
/// </summary>
internal sealed class ExportWorkflowQuery : IQueryConverter<ExportWorkflowRequest>
{
    public void Flatten(ExportWorkflowRequest value, string keyPrefix, ref GeneratedQueryStringBuilder builder, RefitSettings settings)
    {
        var versions = Argument.NotNull(value.VersionNumbers, "version_numbers");
        if (versions.Count == 0)
        {
            throw Argument.Invalid("version_numbers", "version_numbers must name at least one version.");
        }

        foreach (var version in versions)
        {
            Argument.NotNegative(version, "version_numbers");
        }

        if (!versions.Contains(value.ActiveVersionNumber))
        {
            throw Argument.Invalid("active_version_number", "active_version_number must be one of version_numbers.");
        }

        foreach (var version in versions)
        {
            builder.Add("version_numbers", version.ToString(CultureInfo.InvariantCulture), false);
        }

        builder.Add("active_version_number", value.ActiveVersionNumber.ToString(CultureInfo.InvariantCulture), false);
    }
}
