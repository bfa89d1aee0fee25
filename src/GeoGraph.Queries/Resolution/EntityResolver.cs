using GeoGraph.Queries.Results;

namespace GeoGraph.Queries.Resolution;

/// <summary>
/// Resolves what a user typed to entities, the same way for every store: an exact id; else the stored names under the
/// first lookup key (<see cref="NameVariants"/>) that has any; else near matches by edit distance.
/// </summary>
internal sealed class EntityResolver(INameSource source)
{
    private const int MaxSuggestions = 5;

    /// <summary>The outcome of resolving one name.</summary>
    /// <param name="Query">The name as given.</param>
    /// <param name="Status">Found, ambiguous or unknown.</param>
    /// <param name="Candidates">The entity found, or the candidates.</param>
    /// <param name="Suggestions">Near matches when unknown.</param>
    internal sealed record Outcome(string Query, ResolutionStatus Status, IReadOnlyList<EntityRef> Candidates, IReadOnlyList<EntitySuggestion> Suggestions);

    /// <summary>Resolves a name.</summary>
    public async Task<Outcome> ResolveAsync(string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trimmed = query.Trim();
        if (trimmed.Contains(':', StringComparison.Ordinal) && await source.ByIdAsync(trimmed, cancellationToken).ConfigureAwait(false) is { } byId)
        {
            return new Outcome(query, ResolutionStatus.Found, [byId], []);
        }

        var keys = NameVariants.Of(trimmed);
        if (keys.Count > 0)
        {
            var hits = await source.ByKeysAsync(keys, cancellationToken).ConfigureAwait(false);
            foreach (var key in keys)
            {
                var tier = hits.Where(h => string.Equals(h.Norm, key, StringComparison.Ordinal)).ToList();
                if (tier.Count == 0)
                {
                    continue;
                }

                var entities = Distinct(tier.Select(h => h.Entity));
                if (entities.Count == 1)
                {
                    return new Outcome(query, ResolutionStatus.Found, entities, []);
                }

                // "ARD" is the name of the broadcaster and an alias of its journalists: a canonical name or label
                // held by exactly one candidate wins over aliases.
                var primary = Distinct(tier.Where(h => h.Kind is "name" or "label").Select(h => h.Entity));
                return primary.Count == 1
                    ? new Outcome(query, ResolutionStatus.Found, primary, [])
                    : new Outcome(query, ResolutionStatus.Ambiguous, entities, []);
            }
        }

        return new Outcome(query, ResolutionStatus.Unknown, [], await SuggestAsync(keys, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Resolves a name that must name exactly one entity.</summary>
    /// <exception cref="EntityResolutionException">The name is ambiguous or unknown.</exception>
    public async Task<EntityRef> ResolveOneAsync(string query, CancellationToken cancellationToken)
    {
        var outcome = await ResolveAsync(query, cancellationToken).ConfigureAwait(false);
        return outcome.Status == ResolutionStatus.Found
            ? outcome.Candidates[0]
            : throw new EntityResolutionException(query, outcome.Status, outcome.Candidates, outcome.Suggestions);
    }

    private async Task<IReadOnlyList<EntitySuggestion>> SuggestAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var all = await source.AllAsync(cancellationToken).ConfigureAwait(false);
        var best = new Dictionary<string, EntitySuggestion>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            // Up to a third of the length (at least one edit): "Tokayef" and "Kazakstan" find their entities.
            var max = Math.Max(1, key.Length / 3);
            foreach (var hit in all)
            {
                var d = EditDistance.Bounded(key, hit.Norm, max);
                if (key.Length >= 4 && hit.Norm.Length > key.Length && ContainsWord(hit.Norm, key))
                {
                    // A whole word of a longer name ("Starmer" in "Keir Starmer"): a good hint, ranked after spelling fixes.
                    d = Math.Min(d, max);
                }

                if (d <= max && (!best.TryGetValue(hit.Entity.Id, out var seen) || d < seen.Distance))
                {
                    best[hit.Entity.Id] = new EntitySuggestion(hit.Entity, hit.Name, d);
                }
            }
        }

        return best.Values
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .ToList();
    }

    private static bool ContainsWord(string text, string word)
    {
        var i = text.IndexOf(word, StringComparison.Ordinal);
        while (i >= 0)
        {
            var startOk = i == 0 || text[i - 1] == ' ';
            var endOk = i + word.Length == text.Length || text[i + word.Length] == ' ';
            if (startOk && endOk)
            {
                return true;
            }

            i = text.IndexOf(word, i + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static List<EntityRef> Distinct(IEnumerable<EntityRef> entities) =>
        entities.DistinctBy(e => e.Id, StringComparer.Ordinal).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
}
