using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// A valid payload the SDK reads, how it reads it, and how to write what it read back out as JSON
/// (so two reads can be compared). <see cref="StatusPath"/> points at the status field, if there is one.
/// </summary>
internal sealed class ResponseSample
{
    public required string Name { get; init; }

    public required string Json { get; init; }

    public required Func<string, object?> Read { get; init; }

    public required Func<object?, string> Write { get; init; }

    /// <summary>Property names from the root to the status field; null when the payload has none.</summary>
    public IReadOnlyList<string>? StatusPath { get; init; }

    /// <summary>The status as the SDK reports it.</summary>
    public Func<object?, string?>? ReadStatus { get; init; }

    /// <summary>True when the root model keeps unknown fields ([JsonExtensionData]) rather than dropping them.</summary>
    public bool KeepsUnknownFields { get; init; }

    public override string ToString() => Name;

    /// <summary>A model read through the SDK's source-generated context, as IOctaveApi reads it.</summary>
    public static ResponseSample Model<T>(string json, IReadOnlyList<string>? statusPath = null, Func<T, string?>? readStatus = null)
        where T : class
    {
        var typeInfo = (JsonTypeInfo<T>)(WireModels.TypeInfo(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name + " is in no SDK JsonSerializerContext"));
        return new ResponseSample
        {
            Name = typeof(T).Name,
            Json = json,
            Read = text => JsonSerializer.Deserialize(text, typeInfo),
            Write = model => JsonSerializer.Serialize((T)model!, typeInfo),
            StatusPath = statusPath,
            ReadStatus = readStatus is null ? null : model => readStatus((T)model!),
            KeepsUnknownFields = typeof(T).GetProperties().Any(property => property.IsDefined(typeof(JsonExtensionDataAttribute), inherit: true)),
        };
    }
}
