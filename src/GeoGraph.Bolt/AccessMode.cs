namespace GeoGraph.Bolt;

/// <summary>Whether a session or transaction reads or writes; sent as BEGIN/RUN <c>mode</c> ("r" for reads).</summary>
public enum AccessMode
{
    /// <summary>Writes (the default; no <c>mode</c> field is sent).</summary>
    Write,

    /// <summary>Reads only (<c>mode: "r"</c>).</summary>
    Read,
}
