namespace Octave.Interactly.Sdk.Testing;

/// <summary>The kind of a saved Octave agent; decides which synchronous endpoint accepts it and the shape of its output.</summary>
public enum OctaveAgentType
{
    /// <summary>Enrich Company agent (<c>/api/v2/agents/enrich-company/run</c>).</summary>
    EnrichCompany,

    /// <summary>Enrich Person agent (<c>/api/v2/agents/enrich-person/run</c>).</summary>
    EnrichPerson,

    /// <summary>Qualify Person agent (<c>/api/v2/agents/qualify-person/run</c>).</summary>
    QualifyPerson,

    /// <summary>Qualify Company agent (<c>/api/v2/agents/qualify-company/run</c>).</summary>
    QualifyCompany,

    /// <summary>Content agent (<c>/api/v2/agents/generate-content/run</c>).</summary>
    Content,

    /// <summary>Sequence agent (<c>/api/v2/agents/sequence/run</c>).</summary>
    Sequence,

    /// <summary>Prospector agent (<c>/api/v2/agents/prospector/run</c>).</summary>
    Prospector,

    /// <summary>Context agent (<c>/api/v2/agents/context/run</c>).</summary>
    Context,
}
