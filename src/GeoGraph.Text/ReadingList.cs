using System.Collections;

namespace GeoGraph.Text;

/// <summary>
/// A token's clitic readings: an immutable list whose <c>foreach</c> uses a struct enumerator, so the engine's many
/// loops over readings (every token, every lexicon probe) allocate nothing. Also an <see cref="IReadOnlyList{T}"/>
/// for LINQ and older callers.
/// </summary>
public sealed class ReadingList : IReadOnlyList<Reading>
{
    private readonly Reading[] _items;

    /// <summary>Creates the list from readings, in order.</summary>
    /// <param name="readings">The readings; the first is the whole token.</param>
    public ReadingList(IEnumerable<Reading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        _items = [.. readings];
    }

    /// <summary>Creates a list of one reading (a token without clitics).</summary>
    /// <param name="only">The reading.</param>
    public ReadingList(Reading only) => _items = [only];

    /// <summary>The number of readings.</summary>
    public int Count => _items.Length;

    /// <summary>The reading at an index.</summary>
    /// <param name="index">The index.</param>
    public Reading this[int index] => _items[index];

    /// <summary>The readings as a span.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<Reading> AsSpan() => _items;

    /// <summary>The allocation-free enumerator used by <c>foreach</c>.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items);

    /// <inheritdoc />
    IEnumerator<Reading> IEnumerable<Reading>.GetEnumerator() => ((IEnumerable<Reading>)_items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Wraps readings unless they already are a <see cref="ReadingList"/>.</summary>
    /// <param name="readings">The readings.</param>
    /// <returns>The list.</returns>
    public static ReadingList From(IReadOnlyList<Reading> readings) => readings as ReadingList ?? new ReadingList(readings);

    /// <summary>A struct enumerator over the readings.</summary>
    public struct Enumerator
    {
        private readonly Reading[] _items;
        private int _index;

        internal Enumerator(Reading[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current reading.</summary>
        public readonly Reading Current => _items[_index];

        /// <summary>Moves to the next reading.</summary>
        /// <returns>False at the end.</returns>
        public bool MoveNext() => ++_index < _items.Length;
    }
}
