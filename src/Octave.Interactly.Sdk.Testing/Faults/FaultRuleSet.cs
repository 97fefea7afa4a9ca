using System;
using System.Collections.Generic;
using System.Linq;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>The active fault rules of an emulator. Rules are tried in the order added; the first that fires wins. Thread-safe.</summary>
public sealed class FaultRuleSet
{
    private readonly List<ActiveFault> rules = new();
    private readonly object gate = new();
    private readonly EmulatorContext context;
    private int lastId;

    internal FaultRuleSet(EmulatorContext context)
    {
        this.context = context;
    }

    /// <summary>
    /// Adds a rule. The rule is copied, so later changes to <paramref name="rule"/> have no effect; the rule's
    /// <see cref="FaultRule.Id"/> is set to the number the set gave the copy.
    /// </summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (string.IsNullOrWhiteSpace(rule.Path))
        {
            throw new ArgumentException("A fault rule needs a Path.", nameof(rule));
        }

        if (rule.Probability is double p && (p < 0 || p > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), "Probability must be between 0 and 1.");
        }

        lock (gate)
        {
            var copy = Copy(rule);
            copy.Id = rule.Id = ++lastId;
            copy.Fired = 0;
            rules.Add(new ActiveFault(copy));
        }
    }

    /// <summary>Removes the rule with this <see cref="FaultRule.Id"/>; false when no active rule has it.</summary>
    public bool Remove(int id)
    {
        lock (gate)
        {
            return rules.RemoveAll(r => r.Rule.Id == id) > 0;
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <summary>A snapshot of the rules still active; <see cref="FaultRule.Times"/> shows how many uses remain.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (gate)
            {
                return rules.Select(r =>
                {
                    var copy = Copy(r.Rule);
                    copy.Times = r.Remaining;
                    copy.Fired = r.Fired;
                    return copy;
                }).ToArray();
            }
        }
    }

    /// <summary>
    /// Finds the rule that fires for this request and consumes one of its uses. The lock keeps
    /// "check remaining, draw probability, decrement" atomic so <see cref="FaultRule.Times"/> is exact.
    /// </summary>
    internal FaultRule? TryTake(string method, string path)
    {
        lock (gate)
        {
            foreach (var active in rules)
            {
                if (!active.Matches(method, path))
                {
                    continue;
                }

                if (active.Rule.Probability is double probability && context.NextRandomDouble() >= probability)
                {
                    continue;
                }

                active.Fired++;
                if (active.Remaining is int remaining)
                {
                    active.Remaining = remaining - 1;
                    if (active.Remaining == 0)
                    {
                        rules.Remove(active);
                    }
                }

                return active.Rule;
            }

            return null;
        }
    }

    private static FaultRule Copy(FaultRule rule) => new()
    {
        Id = rule.Id,
        Method = rule.Method,
        Path = rule.Path,
        StatusCode = rule.StatusCode,
        RetryAfterSeconds = rule.RetryAfterSeconds,
        Message = rule.Message,
        LatencyMilliseconds = rule.LatencyMilliseconds,
        DropConnection = rule.DropConnection,
        MalformedBody = rule.MalformedBody,
        Times = rule.Times,
        Probability = rule.Probability,
    };

    private sealed class ActiveFault
    {
        private readonly PathPattern pattern;

        public ActiveFault(FaultRule rule)
        {
            Rule = rule;
            Remaining = rule.Times;
            pattern = new PathPattern(rule.Path);
        }

        public FaultRule Rule { get; }

        public int? Remaining { get; set; }

        public int Fired { get; set; }

        public bool Matches(string method, string path) =>
            (Rule.Method is null || string.Equals(Rule.Method, method, StringComparison.OrdinalIgnoreCase))
            && pattern.IsMatch(path);
    }
}
