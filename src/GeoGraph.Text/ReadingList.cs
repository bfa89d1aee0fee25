using System.Collections;

namespace GeoGraph.Text;

/// <summary>
/// A token's clitic readings: an immutable list whose <c>foreach</c> uses a struct enumerator, so the engine's many
/// loops over readings (every token, every lexicon probe) allocate nothing. A single reading (every English token,
/// punctuation, numbers) is held inline, one object per token. Also an <see cref="IReadOnlyList{T}"/> for LINQ and
/// older callers.
/// </summary>
public sealed class ReadingList : IReadOnlyList<Reading>
{
    private readonly Reading _single;
    private readonly Reading[]? _items;

    /// <summary>Creates the list from readings, in order.</summary>
    /// <param name="readings">The readings; the first is the whole token.</param>
    public ReadingList(IEnumerable<Reading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        Reading[] items = [.. readings];
        if (items.Length == 1)
        {
            _single = items[0];
        }
        else
        {
            _items = items;
        }
    }

    /// <summary>Creates a list of one reading (a token without clitics).</summary>
    /// <param name="only">The reading.</param>
    public ReadingList(Reading only) => _single = only;

    /// <summary>
    /// What a consumer computed from these readings and keeps with them (the extraction engine: which of its word lists
    /// the stems are in), so the next probe of the same word is one field read. Reading lists of a word are shared
    /// (the Arabic analyser caches them per word), so the memo serves every later occurrence too. It is written without
    /// a lock: the value must be immutable and self-describing (whose memo it is), so a race only recomputes it.
    /// </summary>
    internal object? Memo { get; set; }

    /// <summary>The number of readings.</summary>
    public int Count => _items?.Length ?? 1;

    /// <summary>The reading at an index.</summary>
    /// <param name="index">The index.</param>
    public Reading this[int index] => _items is { } items ? items[index] : index == 0 ? _single : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The allocation-free enumerator used by <c>foreach</c>.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc />
    IEnumerator<Reading> IEnumerable<Reading>.GetEnumerator() => ((IEnumerable<Reading>)(_items ?? [_single])).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Reading>)this).GetEnumerator();

    /// <summary>Whether any reading satisfies a condition. An instance method, so call sites written as LINQ
    /// (<c>t.Readings.Any(r =&gt; …)</c>) bind here and do not box an enumerator per token.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>True when a reading satisfies it.</returns>
    public bool Any(Func<Reading, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        for (var i = 0; i < Count; i++)
        {
            if (predicate(this[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first reading that satisfies a condition, or the default reading (as LINQ's
    /// <c>FirstOrDefault</c>), without allocating.</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>The reading, or <c>default</c>.</returns>
    public Reading FirstOrDefault(Func<Reading, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        for (var i = 0; i < Count; i++)
        {
            if (predicate(this[i]))
            {
                return this[i];
            }
        }

        return default;
    }

    /// <summary>Wraps readings unless they already are a <see cref="ReadingList"/>.</summary>
    /// <param name="readings">The readings.</param>
    /// <returns>The list.</returns>
    public static ReadingList From(IReadOnlyList<Reading> readings) => readings as ReadingList ?? new ReadingList(readings);

    /// <summary>A struct enumerator over the readings.</summary>
    public struct Enumerator
    {
        private readonly ReadingList _list;
        private int _index;

        internal Enumerator(ReadingList list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>The current reading.</summary>
        public readonly Reading Current => _list[_index];

        /// <summary>Moves to the next reading.</summary>
        /// <returns>False at the end.</returns>
        public bool MoveNext() => ++_index < _list.Count;
    }
}
