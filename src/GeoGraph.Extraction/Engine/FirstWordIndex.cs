using GeoGraph.Text;

namespace GeoGraph.Extraction.Engine;

/// <summary>
/// The entries of a list of word-sequence entries (titles, organisation heads) keyed by the first word of each of
/// their sequences, so a recogniser tries at a token only the entries that can start there instead of every entry
/// at every token. Candidates come back in list order, so "first entry wins" and "longest entry wins" loops give
/// the same answer as a scan of the whole list.
/// </summary>
internal sealed class FirstWordIndex
{
    private readonly Dictionary<string, int[]> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Indexes entries by the first word of each of their sequences.</summary>
    /// <param name="sequencesOfEntry">Each entry's word sequences, in list order.</param>
    public FirstWordIndex(IEnumerable<List<string[]>> sequencesOfEntry)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var sequences in sequencesOfEntry)
        {
            foreach (var seq in sequences)
            {
                if (seq.Length == 0)
                {
                    continue;
                }

                if (!lists.TryGetValue(seq[0], out var list))
                {
                    lists[seq[0]] = list = [];
                }

                if (list.Count == 0 || list[^1] != index)
                {
                    list.Add(index);
                }
            }

            index++;
        }

        foreach (var (word, list) in lists)
        {
            _byFirst[word] = [.. list];
        }
    }

    /// <summary>The entries that have a sequence starting with one of the token's reading stems, ascending; empty when
    /// none (the common case, which allocates nothing).</summary>
    /// <param name="token">The token a sequence would start at.</param>
    /// <returns>Entry indices in list order.</returns>
    public int[] Candidates(Token token)
    {
        int[]? only = null;
        List<int>? merged = null;
        var readings = token.Readings;
        for (var r = 0; r < readings.Count; r++)
        {
            if (!_byFirst.TryGetValue(readings[r].Stem, out var hits) || ReferenceEquals(hits, only))
            {
                continue;
            }

            if (only is null)
            {
                only = hits;
                continue;
            }

            merged ??= [.. only];
            foreach (var h in hits)
            {
                if (!merged.Contains(h))
                {
                    merged.Add(h);
                }
            }
        }

        if (merged is not null)
        {
            merged.Sort();
            return [.. merged];
        }

        return only ?? [];
    }
}
