namespace GeoGraph.Queries.Resolution;

/// <summary>Levenshtein distance with an upper bound, for near-match suggestions.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance between two strings, or <paramref name="max"/> + 1 once it exceeds <paramref name="max"/>.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <param name="max">The largest distance of interest.</param>
    /// <returns>The distance, capped at <paramref name="max"/> + 1.</returns>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
