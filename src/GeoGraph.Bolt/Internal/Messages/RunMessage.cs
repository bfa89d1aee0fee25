using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>
/// RUN query parameters extra. In an explicit transaction the extra map is empty (the transaction fields went
/// with BEGIN); in auto-commit it carries them (<see cref="TransactionExtra"/>).
/// </summary>
internal sealed class RunMessage(string query, IReadOnlyDictionary<string, object?> parameters, TransactionExtra extra)
    : RequestMessage(MessageSignatures.Run, "RUN")
{
    public string Query { get; } = query;

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters;

    public override IReadOnlyList<object?> Fields(BoltVersion version) => [Query, Parameters, extra.ToMap(version)];

    public override string ToString() => $"RUN \"{Query}\" ({Parameters.Count} parameters)";
}
