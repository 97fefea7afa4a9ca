using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Tests.Observability;

/// <summary>Keeps every log line of every category at every level, with its structured values, scopes and exception.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly List<CapturedLog> _logs = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Logs
    {
        get
        {
            lock (_logs)
            {
                return _logs.ToArray();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger : ILogger
    {
        private readonly CapturingLoggerProvider _owner;
        private readonly string _category;

        public Logger(CapturingLoggerProvider owner, string category)
        {
            _owner = owner;
            _category = category;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => _owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var everything = new StringBuilder(formatter(state, exception));
            var values = new Dictionary<string, object?>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                {
                    values[pair.Key] = pair.Value;
                    everything.Append(' ').Append(pair.Key).Append('=').Append(pair.Value);
                }
            }

            _owner._scopes.ForEachScope((scope, text) => text.Append(" scope:").Append(scope), everything);
            if (exception is not null)
            {
                everything.Append(' ').Append(exception);
            }

            lock (_owner._logs)
            {
                _owner._logs.Add(new CapturedLog(_category, logLevel, eventId, formatter(state, exception), values, everything.ToString()));
            }
        }
    }
}

/// <summary>One captured log line; <see cref="Everything"/> is every string the line could reveal.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, string Everything);
