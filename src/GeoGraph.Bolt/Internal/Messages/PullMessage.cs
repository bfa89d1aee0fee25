using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Internal.Messages;

/// <summary>
/// PULL {n, qid} or DISCARD {n, qid}: stream (or drop) up to <c>n</c> records (-1 = all) of result <c>qid</c>
/// (-1 = the last one, in which case the field is left out as the spec allows).
/// </summary>
internal sealed class PullMessage(bool discard, long n, long qid) : RequestMessage(
    discard ? MessageSignatures.Discard : MessageSignatures.Pull, discard ? "DISCARD" : "PULL")
{
    public long N { get; } = n;

    public long Qid { get; } = qid;

    public override IReadOnlyList<object?> Fields(BoltVersion version)
    {
        var extra = new Dictionary<string, object?>(2, StringComparer.Ordinal) { ["n"] = N };
        if (Qid != -1)
        {
            extra["qid"] = Qid;
        }

        return [extra];
    }

    public override string ToString() => Qid == -1 ? $"{Name} {{n: {N}}}" : $"{Name} {{n: {N}, qid: {Qid}}}";
}
