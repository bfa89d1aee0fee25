using System.Collections;
using System.Diagnostics.CodeAnalysis;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// The row of <c>statements.cypher</c> for one statement. The loader sends thousands per transaction, so the row writes
/// itself as a PackStream map (<see cref="IPackStreamWritable"/>): keys pre-encoded as UTF-8, values typed, nothing boxed
/// and no dictionary built. It still reads as the map it stands for (the same keys and values as
/// <see cref="GraphRows.Statement"/> documents), built on first look, for tests and any runner that is not Bolt.
/// </summary>
internal sealed class StatementRow : IPackStreamWritable, IReadOnlyDictionary<string, object?>
{
    private readonly string _id;
    private readonly string _article;
    private readonly string _subject;
    private readonly string _predicate;
    private readonly string _object;
    private readonly string _status;
    private readonly string? _attributedTo;
    private readonly string? _deniedBy;
    private readonly KeyValuePair<string, string>[] _qualifiers;
    private readonly long _sentence;
    private readonly long _start;
    private readonly long _end;
    private readonly string _evidence;
    private readonly string _rule;
    private readonly double _confidence;
    private Dictionary<string, object?>? _map;

    public StatementRow(
        string id, string article, string subject, string predicate, string obj, string status, string? attributedTo, string? deniedBy,
        KeyValuePair<string, string>[] qualifiers, long sentence, long start, long end, string evidence, string rule, double confidence)
    {
        _id = id;
        _article = article;
        _subject = subject;
        _predicate = predicate;
        _object = obj;
        _status = status;
        _attributedTo = attributedTo;
        _deniedBy = deniedBy;
        _qualifiers = qualifiers;
        _sentence = sentence;
        _start = start;
        _end = end;
        _evidence = evidence;
        _rule = rule;
        _confidence = confidence;
    }

    public int Count => 12 + (_attributedTo is null ? 0 : 1) + (_deniedBy is null ? 0 : 1) + _qualifiers.Length;

    public IEnumerable<string> Keys => Map.Keys;

    public IEnumerable<object?> Values => Map.Values;

    public object? this[string key] => Map[key];

    // Keys in the order GraphRows.Statement always used; absent attribution and qualifiers are left out, not sent as null.
    public void WriteTo(ref PackStreamWriter writer)
    {
        writer.WriteMapHeader(Count);
        writer.WriteUtf8String("id"u8);
        writer.WriteString(_id);
        writer.WriteUtf8String("article"u8);
        writer.WriteString(_article);
        writer.WriteUtf8String("subject"u8);
        writer.WriteString(_subject);
        writer.WriteUtf8String("predicate"u8);
        writer.WriteString(_predicate);
        writer.WriteUtf8String("object"u8);
        writer.WriteString(_object);
        writer.WriteUtf8String("status"u8);
        writer.WriteString(_status);
        if (_attributedTo is not null)
        {
            writer.WriteUtf8String("attributed_to"u8);
            writer.WriteString(_attributedTo);
        }

        if (_deniedBy is not null)
        {
            writer.WriteUtf8String("denied_by"u8);
            writer.WriteString(_deniedBy);
        }

        foreach (var (name, value) in _qualifiers)
        {
            writer.WriteString(name);
            writer.WriteString(value);
        }

        writer.WriteUtf8String("sentence"u8);
        writer.WriteInteger(_sentence);
        writer.WriteUtf8String("start"u8);
        writer.WriteInteger(_start);
        writer.WriteUtf8String("end"u8);
        writer.WriteInteger(_end);
        writer.WriteUtf8String("evidence"u8);
        writer.WriteString(_evidence);
        writer.WriteUtf8String("rule"u8);
        writer.WriteString(_rule);
        writer.WriteUtf8String("confidence"u8);
        writer.WriteFloat(_confidence);
    }

    public bool ContainsKey(string key) => Map.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => Map.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<string, object?> Map => _map ??= BuildMap();

    private Dictionary<string, object?> BuildMap()
    {
        var map = new Dictionary<string, object?>(Count, StringComparer.Ordinal)
        {
            ["id"] = _id,
            ["article"] = _article,
            ["subject"] = _subject,
            ["predicate"] = _predicate,
            ["object"] = _object,
            ["status"] = _status,
        };
        if (_attributedTo is not null)
        {
            map["attributed_to"] = _attributedTo;
        }

        if (_deniedBy is not null)
        {
            map["denied_by"] = _deniedBy;
        }

        foreach (var (name, value) in _qualifiers)
        {
            map[name] = value;
        }

        map["sentence"] = _sentence;
        map["start"] = _start;
        map["end"] = _end;
        map["evidence"] = _evidence;
        map["rule"] = _rule;
        map["confidence"] = _confidence;
        return map;
    }
}
