namespace GeoGraph.Bolt;

/// <summary>
/// A transaction was used (run, commit) after it had already failed; the server rolled it back, so it can only be
/// rolled back or disposed. The original failure is the <see cref="Exception.InnerException"/>.
/// </summary>
public class TransactionTerminatedException : ClientException
{
    /// <summary>Creates the exception with a message only.</summary>
    public TransactionTerminatedException() : this("The transaction has been terminated.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public TransactionTerminatedException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the failure that terminated the transaction.</summary>
    public TransactionTerminatedException(string message, Exception? innerException) : base(message, innerException) { }
}
