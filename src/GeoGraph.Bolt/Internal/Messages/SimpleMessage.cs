using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>The field-less requests: GOODBYE, RESET, COMMIT, ROLLBACK, LOGOFF. Shared instances; they carry no state.</summary>
internal sealed class SimpleMessage : RequestMessage
{
    public static readonly SimpleMessage Goodbye = new(MessageSignatures.Goodbye, "GOODBYE");
    public static readonly SimpleMessage Reset = new(MessageSignatures.Reset, "RESET");
    public static readonly SimpleMessage Commit = new(MessageSignatures.Commit, "COMMIT");
    public static readonly SimpleMessage Rollback = new(MessageSignatures.Rollback, "ROLLBACK");
    public static readonly SimpleMessage Logoff = new(MessageSignatures.Logoff, "LOGOFF");

    private SimpleMessage(byte signature, string name) : base(signature, name) { }

    public override IReadOnlyList<object?> Fields(BoltVersion version) => [];
}
