using System.Collections;

namespace GeoGraph.Bolt.Testing;

/// <summary>
/// Matches what a client sent against a script pattern. Rules: <c>*</c> matches anything; integers match only
/// integers and floats only floats (PackStream keeps them apart, and so must clients); plain maps need exactly the
/// same keys; map patterns follow <see cref="ScriptMapPattern"/>; lists match element by element.
/// </summary>
public static class ScriptMatcher
{
    /// <summary>Returns null on a match, else where and why the values differ.</summary>
    public static string? Mismatch(object? pattern, object? actual, string path = "")
    {
        switch (pattern)
        {
            case ScriptWildcard:
                return null;
            case null:
                return actual is null ? null : Diff(path, pattern, actual);
            case ScriptMapPattern p:
                if (actual is not IReadOnlyDictionary<string, object?> am)
                {
                    return Diff(path, pattern, actual);
                }

                foreach (var (k, v) in p.Required)
                {
                    if (!am.TryGetValue(k, out var av))
                    {
                        return $"{Path(path)}: missing key \"{k}\" (expected {ScriptFormatter.Format(v)})";
                    }

                    if (Mismatch(v, av, path + "." + k) is { } m)
                    {
                        return m;
                    }
                }

                foreach (var (k, v) in p.Optional)
                {
                    if (am.TryGetValue(k, out var av) && Mismatch(v, av, path + "." + k) is { } m)
                    {
                        return m;
                    }
                }

                if (!p.AllowExtra)
                {
                    var extra = am.Keys.FirstOrDefault(k => !p.Required.ContainsKey(k) && !p.Optional.ContainsKey(k));
                    if (extra is not null)
                    {
                        return $"{Path(path)}: unexpected key \"{extra}\" = {ScriptFormatter.Format(am[extra])} (end the pattern with ... to allow extra keys)";
                    }
                }

                return null;
            case IReadOnlyDictionary<string, object?> pm:
                if (actual is not IReadOnlyDictionary<string, object?> m2)
                {
                    return Diff(path, pattern, actual);
                }

                foreach (var (k, v) in pm)
                {
                    if (!m2.TryGetValue(k, out var av))
                    {
                        return $"{Path(path)}: missing key \"{k}\" (expected {ScriptFormatter.Format(v)})";
                    }

                    if (Mismatch(v, av, path + "." + k) is { } m)
                    {
                        return m;
                    }
                }

                var unexpected = m2.Keys.FirstOrDefault(k => !pm.ContainsKey(k));
                return unexpected is null
                    ? null
                    : $"{Path(path)}: unexpected key \"{unexpected}\" = {ScriptFormatter.Format(m2[unexpected])} (end the pattern with ... to allow extra keys)";
            case byte[] pb:
                return actual is byte[] ab && pb.AsSpan().SequenceEqual(ab) ? null : Diff(path, pattern, actual);
            case string or long or double or bool:
                return Equals(pattern, actual) ? null : Diff(path, pattern, actual);
            case IList pl:
                if (actual is not IList al || actual is string || actual is byte[])
                {
                    return Diff(path, pattern, actual);
                }

                if (pl.Count != al.Count)
                {
                    return $"{Path(path)}: expected a list of {pl.Count}, got {al.Count}: {ScriptFormatter.Format(actual)}";
                }

                for (var i = 0; i < pl.Count; i++)
                {
                    if (Mismatch(pl[i], al[i], $"{path}[{i}]") is { } m)
                    {
                        return m;
                    }
                }

                return null;
            default:
                return Equals(pattern, actual) ? null : Diff(path, pattern, actual);
        }
    }

    private static string Path(string path) => path.Length == 0 ? "value" : path.TrimStart('.');

    private static string Diff(string path, object? expected, object? actual) =>
        $"{Path(path)}: expected {ScriptFormatter.Format(expected)}, got {ScriptFormatter.Format(actual)}";
}
