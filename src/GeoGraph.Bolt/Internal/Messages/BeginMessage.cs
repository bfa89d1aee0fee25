using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>BEGIN {bookmarks, tx_timeout, tx_metadata, mode, db, imp_user}.</summary>
internal sealed class BeginMessage(TransactionExtra extra) : RequestMessage(MessageSignatures.Begin, "BEGIN")
{
    public override IReadOnlyList<object?> Fields(BoltVersion version) => [extra.ToMap(version)];
}
