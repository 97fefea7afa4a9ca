namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// A fault to inject into matching requests. Combine <see cref="LatencyMilliseconds"/> with one of
/// <see cref="StatusCode"/>, <see cref="DropConnection"/> or <see cref="MalformedBody"/>; a rule with
/// latency only delays the request and then handles it normally.
/// </summary>
public sealed class FaultRule
{
    /// <summary>HTTP method to match, or null for any.</summary>
    public string? Method { get; set; }

    /// <summary>
    /// Path to match (without query): exact, <c>*</c> as one segment in the middle
    /// (<c>/workflows/v1/workflows/*/execute</c>), or a prefix ending in <c>*</c> (<c>/api/v2/*</c>).
    /// </summary>
    public string Path { get; set; } = "*";

    /// <summary>Status code to answer with instead of handling the request (e.g. 429, 500, 503).</summary>
    public int? StatusCode { get; set; }

    /// <summary>Value of the <c>Retry-After</c> header sent with <see cref="StatusCode"/>.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Message put in the error body; defaults to <c>Injected fault</c>.</summary>
    public string? Message { get; set; }

    /// <summary>Delay added before the request is handled (or faulted).</summary>
    public int? LatencyMilliseconds { get; set; }

    /// <summary>Abort the connection without sending any response.</summary>
    public bool DropConnection { get; set; }

    /// <summary>Answer 200 with a truncated, invalid JSON body.</summary>
    public bool MalformedBody { get; set; }

    /// <summary>Apply to the next N matching requests only; null means every matching request.</summary>
    public int? Times { get; set; }

    /// <summary>Chance (0..1) that a matching request is faulted, drawn from the seeded random source; null means always.</summary>
    public double? Probability { get; set; }

    /// <summary>
    /// The rule's number in its <see cref="FaultRuleSet"/>, given when it is added (0 before); remove a single rule by it
    /// with <see cref="FaultRuleSet.Remove"/> or <c>DELETE /_emulator/faults/{id}</c>.
    /// </summary>
    public int Id { get; internal set; }

    /// <summary>How many requests this rule has faulted so far (in a <see cref="FaultRuleSet.Rules"/> snapshot).</summary>
    public int Fired { get; internal set; }

    /// <summary>A short description used in the journal.</summary>
    public override string ToString()
    {
        string action = DropConnection ? "drop-connection"
            : MalformedBody ? "malformed-body"
            : StatusCode is int code ? "status-" + code.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "latency";
        string latency = LatencyMilliseconds is int ms && ms > 0
            ? "+latency-" + ms.ToString(System.Globalization.CultureInfo.InvariantCulture) + "ms"
            : "";
        return (Method ?? "*") + " " + Path + " " + action + (action == "latency" ? "" : latency);
    }
}
