using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>
/// A client→server Bolt message: a PackStream structure whose tag is <see cref="Signature"/> and whose fields depend
/// on the negotiated version. ToString() is the loggable form and never includes credentials.
/// </summary>
internal abstract class RequestMessage(byte signature, string name)
{
    public byte Signature { get; } = signature;

    public string Name { get; } = name;

    /// <summary>The structure's fields as PackStream values for <paramref name="version"/>.</summary>
    public abstract IReadOnlyList<object?> Fields(BoltVersion version);

    public override string ToString() => Name;
}
