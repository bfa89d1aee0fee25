using GeoGraph.Core.Schema;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>
/// A stand-in for Neo4j behind <see cref="ICypherTransactor"/>: it recognises the loader's queries by their text (the
/// embedded files) and applies what each file does to a tiny in-memory graph, with transaction semantics: an attempt's
/// changes are kept only when the work returns, and an injected transient failure rolls the attempt back and runs the
/// work again, as a managed write transaction does. Records every query of every attempt.
/// </summary>
internal sealed class InMemoryGraph : ICypherTransactor
{
    private State _committed = new();

    /// <summary>Every run, in order, across attempts.</summary>
    public List<(string Query, IReadOnlyDictionary<string, object?> Parameters)> Runs { get; } = [];

    /// <summary>The number of write transactions that committed.</summary>
    public int Commits { get; private set; }

    /// <summary>The number of attempts rolled back by an injected failure.</summary>
    public int Rollbacks { get; private set; }

    /// <summary>When set, the run with this 1-based index (counted over all runs) fails with a transient error.</summary>
    public int? FailAtRun { get; set; }

    /// <summary>Stored text hash per article.</summary>
    public IReadOnlyDictionary<string, string> Articles => _committed.Articles;

    /// <summary>Stored statements: id to (article, pair).</summary>
    public IReadOnlyDictionary<string, (string Article, EntityPair Pair)> Statements => _committed.Statements;

    /// <summary>Stored typed relationships with their mention counts.</summary>
    public IReadOnlyDictionary<EntityPair, int> Relationships => _committed.Relationships;

    /// <summary>Stored entities: id to type.</summary>
    public IReadOnlyDictionary<string, string> Entities => _committed.Entities;

    public async Task<T> ExecuteWriteAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var tx = new Transaction(this, _committed.Clone());
            try
            {
                var result = await work(tx, cancellationToken);
                _committed = tx.State;
                Commits++;
                return result;
            }
            catch (InjectedTransientException) when (attempt < 5)
            {
                Rollbacks++;
            }
        }
    }

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAutoCommitAsync(
        string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        Runs.Add((query, parameters));
        return Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object?>>>([]);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Rows(IReadOnlyDictionary<string, object?> parameters, string name) =>
        ((IEnumerable<object?>)parameters[name]!).Cast<IReadOnlyDictionary<string, object?>>();

    private sealed class InjectedTransientException() : Exception("transient");

    private sealed class State
    {
        public Dictionary<string, string> Articles { get; init; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Entities { get; init; } = new(StringComparer.Ordinal);

        public Dictionary<string, (string Article, EntityPair Pair)> Statements { get; init; } = new(StringComparer.Ordinal);

        public Dictionary<EntityPair, int> Relationships { get; init; } = [];

        public State Clone() => new()
        {
            Articles = new(Articles, StringComparer.Ordinal),
            Entities = new(Entities, StringComparer.Ordinal),
            Statements = new(Statements, StringComparer.Ordinal),
            Relationships = new(Relationships),
        };
    }

    private sealed class Transaction(InMemoryGraph graph, State state) : ICypherRunner
    {
        public State State { get; } = state;

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(
            string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            graph.Runs.Add((query, parameters));
            if (graph.FailAtRun == graph.Runs.Count)
            {
                throw new InjectedTransientException();
            }

            return Task.FromResult(Apply(query, parameters));
        }

        private IReadOnlyList<IReadOnlyDictionary<string, object?>> Apply(string query, IReadOnlyDictionary<string, object?> parameters)
        {
            var records = new List<IReadOnlyDictionary<string, object?>>();
            if (query == LoadCypher.ArticleHashes)
            {
                foreach (var id in ((IEnumerable<object?>)parameters["ids"]!).Cast<string>())
                {
                    if (State.Articles.TryGetValue(id, out var hash))
                    {
                        records.Add(new Dictionary<string, object?> { ["id"] = id, ["text_hash"] = hash });
                    }
                }
            }
            else if (query == LoadCypher.Entities)
            {
                foreach (var row in Rows(parameters, "rows"))
                {
                    State.Entities[(string)row["id"]!] = (string)row["type"]!;
                }
            }
            else if (query == LoadCypher.Articles)
            {
                foreach (var row in Rows(parameters, "rows"))
                {
                    var id = (string)row["id"]!;
                    State.Articles[id] = (string)row["text_hash"]!;
                    var deleted = new List<object?>();
                    foreach (var (sid, s) in State.Statements.Where(s => s.Value.Article == id).ToList())
                    {
                        State.Statements.Remove(sid);
                        deleted.Add(new Dictionary<string, object?>
                        {
                            ["predicate"] = s.Pair.Predicate.ToSchemaName(),
                            ["subject"] = s.Pair.Subject,
                            ["object"] = s.Pair.Object,
                        });
                    }

                    records.Add(new Dictionary<string, object?> { ["id"] = id, ["deleted"] = deleted });
                }
            }
            else if (query == LoadCypher.Statements)
            {
                foreach (var row in Rows(parameters, "rows"))
                {
                    var pair = EntityPair.Of(RelationSchema.ParsePredicate((string)row["predicate"]!), (string)row["subject"]!, (string)row["object"]!);
                    Assert.True(State.Entities.ContainsKey(pair.Subject) && State.Entities.ContainsKey(pair.Object), "statement names a missing entity");
                    Assert.True(State.Articles.ContainsKey((string)row["article"]!), "statement names a missing article");
                    State.Statements[(string)row["id"]!] = ((string)row["article"]!, pair);
                }
            }
            else if (RelationSchema.Predicates.FirstOrDefault(p => query == LoadCypher.Relationship(p.Predicate)) is { } predicate)
            {
                foreach (var row in Rows(parameters, "rows"))
                {
                    var pair = new EntityPair(predicate.Predicate, (string)row["subject"]!, (string)row["object"]!);
                    var mentions = State.Statements.Values.Count(s => s.Pair == pair);
                    if (mentions > 0)
                    {
                        State.Relationships[pair] = mentions;
                    }
                    else
                    {
                        State.Relationships.Remove(pair);
                    }
                }
            }
            else
            {
                throw new InvalidOperationException("The loader ran a query that is not one of the load files:\n" + query);
            }

            return records;
        }
    }
}
