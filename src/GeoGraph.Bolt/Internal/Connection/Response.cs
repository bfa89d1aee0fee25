namespace GeoGraph.Bolt.Internal.Connection;

/// <summary>A decoded server message: SUCCESS/FAILURE carry <see cref="Metadata"/>, RECORD carries <see cref="Fields"/>.</summary>
internal readonly record struct Response(byte Signature, IReadOnlyDictionary<string, object?>? Metadata, IReadOnlyList<object?>? Fields);
