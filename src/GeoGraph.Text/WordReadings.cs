namespace GeoGraph.Text;

/// <summary>The clitic readings of a normalised word, whole word first (its first reading's stem is the word).</summary>
/// <param name="norm">The word's normalised characters.</param>
/// <returns>The readings; a source may return the same list for every occurrence of a word.</returns>
public delegate ReadingList WordReadings(ReadOnlySpan<char> norm);
