namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>Structure tags of Bolt messages (Bolt message specification, "Message" sections).</summary>
internal static class MessageSignatures
{
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F;
    public const byte Telemetry = 0x54;
    public const byte Route = 0x66;
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;
    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;

    /// <summary>The message name for a tag, for logs and script files.</summary>
    public static string NameOf(byte signature) => signature switch
    {
        Hello => "HELLO",
        Goodbye => "GOODBYE",
        Reset => "RESET",
        Run => "RUN",
        Begin => "BEGIN",
        Commit => "COMMIT",
        Rollback => "ROLLBACK",
        Discard => "DISCARD",
        Pull => "PULL",
        Telemetry => "TELEMETRY",
        Route => "ROUTE",
        Logon => "LOGON",
        Logoff => "LOGOFF",
        Success => "SUCCESS",
        Record => "RECORD",
        Ignored => "IGNORED",
        Failure => "FAILURE",
        _ => $"0x{signature:X2}",
    };
}
