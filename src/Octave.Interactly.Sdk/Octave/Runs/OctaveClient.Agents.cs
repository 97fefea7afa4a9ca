using System;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

public sealed partial class OctaveClient
{
    /// <summary>
    /// Starts a saved agent in the background (<c>POST /api/v2/async/agent/run</c>). The API requires a callback URL:
    /// the request's, <paramref name="options"/>', or <see cref="OctaveClientOptions.CallbackUrl"/>. The request object is not modified.
    /// </summary>
    /// <param name="request">The agent and its inputs.</param>
    /// <param name="options">Per-call callback URL (wins over the request's) and external request id.</param>
    /// <param name="cancellationToken">Cancels the start request.</param>
    /// <returns>The run's handle.</returns>
    /// <exception cref="ArgumentException">
    /// No callback URL is available: none in <paramref name="options"/>, the request or
    /// <see cref="OctaveClientOptions.CallbackUrl"/> (the exception names <c>callbackUrl</c>); or another argument is
    /// invalid. Thrown before any request. In tests against the emulator, pass its <c>DiscardingCallbackUrl</c> (the
    /// wait then polls) or the URL of a callback receiver you host (the wait ends on the callback).
    /// </exception>
    public Task<AgentRun> StartAgentAsync(RunAgentRequest request, StartRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        var copy = new RunAgentRequest
        {
            AgentOId = Argument.NotEmpty(request.AgentOId, "agentOId"),
            CallbackUrl = RequiredCallbackUrlFor(options, request.CallbackUrl),
            ExperimentOId = request.ExperimentOId,
            RuntimeContext = request.RuntimeContext,
            IncludeFullAnnotation = request.IncludeFullAnnotation,
        };
        foreach (var input in Argument.NotNull(request.Inputs, "inputs"))
        {
            copy.Inputs[input.Key] = input.Value;
        }

        return StartAgentCoreAsync(copy, options, cancellationToken);
    }

    /// <summary>
    /// Starts a saved agent in the background from the typed request its synchronous endpoint takes
    /// (e.g. <see cref="EnrichCompanyRequest"/>). The callback URL comes from <paramref name="options"/> or
    /// <see cref="OctaveClientOptions.CallbackUrl"/>.
    /// </summary>
    /// <param name="agentRequest">The agent and its inputs; <c>agentOId</c> is required.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="cancellationToken">Cancels the start request.</param>
    /// <returns>The run's handle.</returns>
    /// <exception cref="ArgumentException">
    /// No callback URL is available: none in <paramref name="options"/>, the request or
    /// <see cref="OctaveClientOptions.CallbackUrl"/> (the exception names <c>callbackUrl</c>); or another argument is
    /// invalid. Thrown before any request. In tests against the emulator, pass its <c>DiscardingCallbackUrl</c> (the
    /// wait then polls) or the URL of a callback receiver you host (the wait ends on the callback).
    /// </exception>
    public Task<AgentRun> StartAgentAsync(OctaveAgentRequest agentRequest, StartRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(agentRequest, nameof(agentRequest));
        Argument.NotEmpty(agentRequest.AgentOId, "agentOId");
        var request = RunAgentRequest.For(agentRequest, RequiredCallbackUrlFor(options, null));
        return StartAgentCoreAsync(request, options, cancellationToken);
    }

    /// <summary>Starts a saved agent in the background and waits for its result.</summary>
    /// <param name="request">The agent and its inputs.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="polling">This wait's polling settings; null uses the client's.</param>
    /// <param name="cancellationToken">Cancels the start, or ends the wait (the run goes on).</param>
    /// <returns>How the run ended; a failed run is returned, not thrown.</returns>
    /// <exception cref="ArgumentException">
    /// No callback URL is available: none in <paramref name="options"/>, the request or
    /// <see cref="OctaveClientOptions.CallbackUrl"/> (the exception names <c>callbackUrl</c>); or another argument is
    /// invalid. Thrown before any request. In tests against the emulator, pass its <c>DiscardingCallbackUrl</c> (the
    /// wait then polls) or the URL of a callback receiver you host (the wait ends on the callback).
    /// </exception>
    public async Task<AgentRunResult> RunAgentAsync(
        RunAgentRequest request, StartRunOptions? options = null, PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        polling?.Validate();
        var run = await StartAgentAsync(request, options, cancellationToken).ConfigureAwait(false);
        return await run.WaitForCompletionAsync(polling, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a saved agent in the background from its typed request and waits for its result.</summary>
    /// <param name="agentRequest">The agent and its inputs.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="polling">This wait's polling settings; null uses the client's.</param>
    /// <param name="cancellationToken">Cancels the start, or ends the wait (the run goes on).</param>
    /// <returns>How the run ended.</returns>
    /// <exception cref="ArgumentException">
    /// No callback URL is available: none in <paramref name="options"/>, the request or
    /// <see cref="OctaveClientOptions.CallbackUrl"/> (the exception names <c>callbackUrl</c>); or another argument is
    /// invalid. Thrown before any request. In tests against the emulator, pass its <c>DiscardingCallbackUrl</c> (the
    /// wait then polls) or the URL of a callback receiver you host (the wait ends on the callback).
    /// </exception>
    public async Task<AgentRunResult> RunAgentAsync(
        OctaveAgentRequest agentRequest, StartRunOptions? options = null, PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        polling?.Validate();
        var run = await StartAgentAsync(agentRequest, options, cancellationToken).ConfigureAwait(false);
        return await run.WaitForCompletionAsync(polling, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts an email-sequence generation in the background (<c>POST /api/v2/async/headless/generate-emails</c>).
    /// Its answer has the async agent shape, so the run is an <see cref="AgentRun"/> polled through the agent status
    /// endpoint (the pairing the API implies but does not document). A callback URL is required, as for agents.
    /// </summary>
    /// <param name="request">The sequence, offering and recipient. Not modified.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="cancellationToken">Cancels the start request.</param>
    /// <returns>The run's handle.</returns>
    /// <exception cref="ArgumentException">
    /// No callback URL is available: none in <paramref name="options"/>, the request or
    /// <see cref="OctaveClientOptions.CallbackUrl"/> (the exception names <c>callbackUrl</c>); or another argument is
    /// invalid. Thrown before any request. In tests against the emulator, pass its <c>DiscardingCallbackUrl</c> (the
    /// wait then polls) or the URL of a callback receiver you host (the wait ends on the callback).
    /// </exception>
    public async Task<AgentRun> StartEmailGenerationAsync(GenerateEmailsRequest request, StartRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(request, nameof(request));
        var copy = new GenerateEmailsRequest
        {
            CallbackUrl = RequiredCallbackUrlFor(options, request.CallbackUrl),
            Sequence = request.Sequence,
            Offering = request.Offering,
            Recipient = request.Recipient,
            AdditionalFields = request.AdditionalFields,
        };
        var accepted = await Api.GenerateEmailsAsync(copy, RequestOptions(options), cancellationToken).ConfigureAwait(false);
        return Accepted(accepted);
    }

    /// <summary>Generates an email sequence in the background and waits for it.</summary>
    /// <param name="request">The sequence, offering and recipient.</param>
    /// <param name="options">Per-call callback URL and external request id.</param>
    /// <param name="polling">This wait's polling settings; null uses the client's.</param>
    /// <param name="cancellationToken">Cancels the start, or ends the wait (the run goes on).</param>
    /// <returns>How the run ended; <see cref="AgentRunResult.Result"/> holds the emails.</returns>
    /// <exception cref="ArgumentException">
    /// No callback URL is available: none in <paramref name="options"/>, the request or
    /// <see cref="OctaveClientOptions.CallbackUrl"/> (the exception names <c>callbackUrl</c>); or another argument is
    /// invalid. Thrown before any request. In tests against the emulator, pass its <c>DiscardingCallbackUrl</c> (the
    /// wait then polls) or the URL of a callback receiver you host (the wait ends on the callback).
    /// </exception>
    public async Task<AgentRunResult> GenerateEmailsAsync(
        GenerateEmailsRequest request, StartRunOptions? options = null, PollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        polling?.Validate();
        var run = await StartEmailGenerationAsync(request, options, cancellationToken).ConfigureAwait(false);
        return await run.WaitForCompletionAsync(polling, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AgentRun> StartAgentCoreAsync(RunAgentRequest request, StartRunOptions? options, CancellationToken cancellationToken)
    {
        var accepted = await Api.RunAgentAsync(request, RequestOptions(options), cancellationToken).ConfigureAwait(false);
        return Accepted(accepted);
    }

    private AgentRun Accepted(AgentRunAccepted accepted)
    {
        if (string.IsNullOrEmpty(accepted.RequestId))
        {
            throw new InvalidOperationException("Octave accepted the run but its answer carried no requestId (nor agentRunOId), so the run cannot be tracked.");
        }

        RunTelemetry.Started(OctaveRunKind.Agent);
        return new AgentRun(this, accepted.RequestId!, InitialState(accepted.Status), pollBeforeFirstDelay: false);
    }
}
