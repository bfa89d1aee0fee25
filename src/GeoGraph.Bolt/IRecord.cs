namespace GeoGraph.Bolt;

/// <summary>One result row: values by column name or index.</summary>
public interface IRecord
{
    /// <summary>The value of column <paramref name="key"/>; throws <see cref="KeyNotFoundException"/> for unknown columns.</summary>
    object? this[string key] { get; }

    /// <summary>The value at column <paramref name="index"/>.</summary>
    object? this[int index] { get; }

    /// <summary>Column names, in order.</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>Values, in column order.</summary>
    IReadOnlyList<object?> Values { get; }

    /// <summary>The value of column <paramref name="key"/> converted to <typeparamref name="T"/> (e.g. long → int, list → List&lt;T&gt;).</summary>
    T Get<T>(string key);
}
