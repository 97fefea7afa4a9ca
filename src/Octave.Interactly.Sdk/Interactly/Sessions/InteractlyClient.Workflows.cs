using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>Workflow management on the facade: paging over the workflow list and the dynamic-variable check.</summary>
public partial class InteractlyClient
{
    /// <summary>The page size <see cref="ListWorkflowsAsync"/> asks for when none is given.</summary>
    public const int DefaultWorkflowPageSize = 50;

    /// <summary>
    /// Every workflow the key can see, page by page as they are enumerated (<c>GET /v1/workflows</c>, one request per
    /// page). Stops at an empty or short page, or once <c>total</c> or <c>pages</c> says there are no more.
    /// </summary>
    /// <param name="search">A keyword matched against names and descriptions; null for all.</param>
    /// <param name="pageSize">Items per page; at least 1.</param>
    /// <param name="options">Per-request settings, applied to every page.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The workflows, in the service's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is below 1; thrown when enumeration starts, before any request.</exception>
    public virtual async IAsyncEnumerable<InteractlyWorkflow> ListWorkflowsAsync(
        string? search = null,
        int pageSize = DefaultWorkflowPageSize,
        WorkflowRequestOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Argument.InRange(pageSize, 1, int.MaxValue, nameof(pageSize));
        var seen = 0;
        for (var page = 1; ; page++)
        {
            var list = await Api.ListWorkflowsAsync(new ListWorkflowsRequest { Page = page, Size = pageSize, Search = search }, options, cancellationToken)
                .ConfigureAwait(false);
            foreach (var workflow in list.Workflows)
            {
                yield return workflow;
            }

            seen += list.Workflows.Count;
            var lastByCount = list.Total is { } total && seen >= total;
            var lastByPages = list.Pages is { } pages && page >= pages;
            if (list.Workflows.Count < pageSize || lastByCount || lastByPages)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Checks <paramref name="dynamicVariables"/> against the <c>{{…}}</c> variables the workflow expects
    /// (<c>GET /v1/workflows/dynamic-variables/{workflow_id}</c>). <see cref="StartSessionAsync"/> calls it when
    /// <see cref="StartSessionOptions.CheckDynamicVariables"/> is set.
    /// </summary>
    /// <param name="workflowId">The workflow's id: 24 lowercase hex characters.</param>
    /// <param name="dynamicVariables">The values the first turn would send; null for none.</param>
    /// <param name="options">Per-request settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when every expected variable has a value.</returns>
    /// <exception cref="ArgumentException">Some expected variables have no value; the message names them and the parameter is <c>dynamic_variables</c>.</exception>
    public virtual async Task CheckDynamicVariablesAsync(
        string workflowId,
        IDictionary<string, object?>? dynamicVariables,
        WorkflowRequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Argument.ObjectId(workflowId, nameof(workflowId));
        var expected = await Api.GetDynamicVariablesAsync(workflowId, options, cancellationToken).ConfigureAwait(false);
        var missing = expected.GetNames().Where(name => dynamicVariables is null || !dynamicVariables.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw Argument.Invalid(
                "dynamic_variables",
                $"dynamic_variables has no value for {string.Join(", ", missing.Select(name => "'" + name + "'"))}, which workflow '{workflowId}' expects.");
        }
    }
}
