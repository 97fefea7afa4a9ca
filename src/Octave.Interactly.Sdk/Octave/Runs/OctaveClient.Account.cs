using System.Collections.Generic;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

public sealed partial class OctaveClient
{
    /// <summary>Rebuilds a handle to a Runs API run from its id, without a network call.</summary>
    /// <param name="oId">The run's id, e.g. <c>run_…</c>: 1 to 64 characters.</param>
    /// <returns>The handle; its state is pending until it polls, and its first wait polls at once.</returns>
    /// <exception cref="System.ArgumentException">The id is empty or longer than 64 characters.</exception>
    public OctaveRun GetRun(string oId)
    {
        Argument.NotEmpty(oId, nameof(oId));
        if (oId.Length > 64)
        {
            throw Argument.Invalid(nameof(oId), "oId must be at most 64 characters.");
        }

        return new OctaveRun(this, oId);
    }

    /// <summary>Every agent of the workspace, page by page (<c>GET /api/v2/agents/list</c>), until <c>hasNext</c> is false.</summary>
    /// <param name="pageSize">Agents per request (<c>limit</c>); null for the server's default of 10.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The agents, in the server's order; a page is fetched only when the previous one is used up.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="pageSize"/> is below 1; thrown on the first iteration, before any request.</exception>
    public IAsyncEnumerable<OctaveAgentSummary> ListAgentsAsync(int? pageSize = null, CancellationToken cancellationToken = default) =>
        ListAllAsync(
            pageSize,
            async (page, token) =>
            {
                var list = await Api.ListAgentsAsync(page, null, token).ConfigureAwait(false);
                return (list.Data, list.HasNext);
            },
            cancellationToken);

    /// <summary>Every API key of the workspace, page by page (<c>GET /api/v2/api-key/list</c>), until <c>hasNext</c> is false.</summary>
    /// <param name="pageSize">Keys per request (<c>limit</c>); null for the server's default of 10.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The keys (ids and names, never secrets), in the server's order.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="pageSize"/> is below 1; thrown on the first iteration, before any request.</exception>
    public IAsyncEnumerable<OctaveApiKeySummary> ListApiKeysAsync(int? pageSize = null, CancellationToken cancellationToken = default) =>
        ListAllAsync(
            pageSize,
            async (page, token) =>
            {
                var list = await Api.ListApiKeysAsync(page, null, token).ConfigureAwait(false);
                return (list.Data, list.HasNext);
            },
            cancellationToken);

    /// <summary>The subscription's credit usage this period (<c>GET /api/v2/credits/usage</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The usage; an empty one when the server sent no <c>data</c>.</returns>
    /// <exception cref="OctaveBillingUnavailableException">Octave answered 503: its billing data is unavailable; try later.</exception>
    /// <exception cref="WorkflowApiException">Any other error answer.</exception>
    public async Task<CreditUsage> GetCreditUsageAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await Api.GetCreditUsageAsync(null, cancellationToken).ConfigureAwait(false);
            return response.Data ?? new CreditUsage();
        }
        catch (WorkflowApiException exception) when (exception.StatusCode == HttpStatusCode.ServiceUnavailable && exception is not OctaveBillingUnavailableException)
        {
            throw new OctaveBillingUnavailableException(exception);
        }
    }

    /// <summary>Walks an <c>offset</c>/<c>limit</c> list; stops on <c>hasNext</c> false or an empty page, so a server that never says false cannot loop forever.</summary>
    private static async IAsyncEnumerable<T> ListAllAsync<T>(
        int? pageSize,
        System.Func<OctavePageRequest, CancellationToken, Task<(IList<T>? Items, bool? HasNext)>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (pageSize is { } size)
        {
            Argument.InRange(size, 1, int.MaxValue, nameof(pageSize));
        }

        var offset = 0;
        while (true)
        {
            var (items, hasNext) = await fetchPage(new OctavePageRequest { Limit = pageSize, Offset = offset }, cancellationToken).ConfigureAwait(false);
            if (items is null || items.Count == 0)
            {
                yield break;
            }

            foreach (var item in items)
            {
                yield return item;
            }

            if (hasNext != true)
            {
                yield break;
            }

            offset += items.Count;
        }
    }
}
