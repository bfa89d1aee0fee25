namespace GeoGraph.Bolt.TestKit;

/// <summary>Thrown inside a managed transaction when the test kit's client code gives up (<c>RetryableNegative</c>).</summary>
internal sealed class ClientAbortException : Exception
{
    public ClientAbortException()
        : base("Client code aborted the transaction.")
    {
    }

    public ClientAbortException(string message)
        : base(message)
    {
    }

    public ClientAbortException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
