using System;
using System.Globalization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// How HTTP calls to either API survive slow and failing servers. The pipeline runs, outermost first:
/// total timeout → retry → circuit breaker → per-attempt timeout. Bound from <c>WorkflowClients:Resilience</c>.
/// </summary>
/// <remarks>
/// Retries follow the rules of the contract: GET, HEAD, PUT and DELETE retry on 408, 429, 500, 502, 503, 504,
/// transport failures and attempt timeouts; a POST retries only on 429 or on a connection that failed before the
/// request was sent, because starting a job or a turn is not idempotent. A <c>Retry-After</c> header replaces the
/// backoff, clamped to <see cref="MaxRetryAfter"/> and to the time left in <see cref="TotalTimeout"/>.
/// </remarks>
public sealed class WorkflowResilienceOptions
{
    /// <summary>Default <see cref="TotalTimeout"/>: 120 seconds.</summary>
    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Default <see cref="AttemptTimeout"/>: 60 seconds, because an LLM-backed turn can be slow.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Default <see cref="MaxRetryAttempts"/>: 3.</summary>
    public const int DefaultMaxRetryAttempts = 3;

    /// <summary>Default <see cref="BaseDelay"/>: 500 milliseconds.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Default <see cref="MaxDelay"/>: 8 seconds.</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(8);

    /// <summary>Default <see cref="MaxRetryAfter"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultMaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// False turns retries and the circuit breaker off; the total timeout still applies, so a hung connection
    /// cannot hang the caller (the HTTP client's own timeout is infinite). Defaults to true.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most one call may take, across every attempt and every wait between them. Defaults to 120 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = DefaultTotalTimeout;

    /// <summary>The most one attempt may take until response headers arrive. Defaults to 60 s; must not exceed <see cref="TotalTimeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>Retries after the first attempt; 0 turns retrying off. Defaults to 3.</summary>
    public int MaxRetryAttempts { get; set; } = DefaultMaxRetryAttempts;

    /// <summary>The first backoff delay; it doubles for every later retry, with jitter. Defaults to 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = DefaultBaseDelay;

    /// <summary>The cap on one backoff delay. Defaults to 8 s.</summary>
    public TimeSpan MaxDelay { get; set; } = DefaultMaxDelay;

    /// <summary>Whether backoff delays are randomised (±20 %) so many clients do not retry in step. Defaults to true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>The longest <c>Retry-After</c> the SDK will honour; a longer one is clamped to this. Defaults to 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = DefaultMaxRetryAfter;

    /// <summary>The circuit breaker, one per API and per named registration.</summary>
    public WorkflowCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "WorkflowResilienceOptions {{ Enabled = {0}, TotalTimeout = {1}, AttemptTimeout = {2}, MaxRetryAttempts = {3}, BaseDelay = {4}, MaxDelay = {5}, MaxRetryAfter = {6}, CircuitBreaker = {7} }}",
        Enabled,
        TotalTimeout,
        AttemptTimeout,
        MaxRetryAttempts,
        BaseDelay,
        MaxDelay,
        MaxRetryAfter,
        CircuitBreaker);
}
