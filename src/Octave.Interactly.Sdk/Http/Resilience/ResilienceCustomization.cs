#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Net.Http;
using Polly;

namespace Octave.Interactly.Sdk.Http.Resilience;

/// <summary>The user's changes to the resilience pipelines of one named registration (kept as named options).</summary>
internal sealed class ResilienceCustomization
{
    /// <summary>When true, the SDK's strategies are left out and only <see cref="Configure"/> builds the pipeline.</summary>
    public bool ReplaceDefaults { get; set; }

    /// <summary>Run in order after the SDK's strategies were added (so what they add sits innermost).</summary>
    public List<Action<ResiliencePipelineBuilder<HttpResponseMessage>, WorkflowResiliencePipelineContext>> Configure { get; } = new();
}
#endif
