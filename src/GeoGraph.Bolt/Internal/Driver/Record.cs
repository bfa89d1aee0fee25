namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>A result row. Keys and the key→index map are shared by all records of one result.</summary>
internal sealed class Record(RecordKeys keys, IReadOnlyList<object?> values) : IRecord
{
    public object? this[string key] => values[keys.IndexOf(key)];

    public object? this[int index] => values[index];

    public IReadOnlyList<string> Keys => keys.Names;

    public IReadOnlyList<object?> Values => values;

    public T Get<T>(string key) => ValueConverter.Convert<T>(this[key], key);

    public override string ToString() =>
        "Record{" + string.Join(", ", keys.Names.Select((k, i) => $"{k}: {ValueConverter.Format(values[i])}")) + "}";
}
