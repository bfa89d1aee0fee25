namespace GeoGraph.Bolt;

/// <summary>
/// Records were asked of a result that can no longer give any: it was consumed, or the transaction it belonged to has
/// ended (results live only as long as their transaction).
/// </summary>
public class ResultConsumedException : ClientException
{
    /// <summary>Creates the exception with a message only.</summary>
    public ResultConsumedException() : this("The result has been consumed.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public ResultConsumedException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ResultConsumedException(string message, Exception? innerException) : base(message, innerException) { }
}
