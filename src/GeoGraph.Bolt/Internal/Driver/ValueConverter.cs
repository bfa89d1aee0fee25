using System.Collections;
using System.Globalization;
using System.Reflection;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// Converts Bolt values (long, double, string, bool, byte[], lists, maps, graph and temporal types) to the type a
/// caller asks for: numeric narrowing is checked (overflow throws), lists become <c>List&lt;T&gt;</c> or <c>T[]</c>,
/// maps become <c>Dictionary&lt;string, T&gt;</c>. Failures name the column and both types.
/// </summary>
internal static class ValueConverter
{
    private static readonly MethodInfo ToListMethod = typeof(ValueConverter).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToArrayMethod = typeof(ValueConverter).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToDictionaryMethod = typeof(ValueConverter).GetMethod(nameof(ToDictionary), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static T Convert<T>(object? value, string key) => (T)Convert(value, typeof(T), key)!;

    public static object? Convert(object? value, Type target, string key)
    {
        if (value is null)
        {
            if (!target.IsValueType || Nullable.GetUnderlyingType(target) is not null)
            {
                return null;
            }

            throw new InvalidCastException($"Column '{key}' is null and cannot be converted to {target.Name}; ask for {target.Name}? instead.");
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        try
        {
            switch (value)
            {
                case long or double when underlying.IsPrimitive || underlying == typeof(decimal):
                    return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
                case string s when underlying == typeof(char) && s.Length == 1:
                    return s[0];
                case IList list when underlying.IsArray:
                    return ToArrayMethod.MakeGenericMethod(underlying.GetElementType()!).Invoke(null, [list, key]);
                case IList list when underlying.IsGenericType && IsListLike(underlying.GetGenericTypeDefinition()):
                    return ToListMethod.MakeGenericMethod(underlying.GetGenericArguments()[0]).Invoke(null, [list, key]);
                case IReadOnlyDictionary<string, object?> map when underlying.IsGenericType && IsMapLike(underlying):
                    return ToDictionaryMethod.MakeGenericMethod(underlying.GetGenericArguments()[1]).Invoke(null, [map, key]);
            }
        }
        catch (OverflowException e)
        {
            throw new InvalidCastException($"Column '{key}' holds {value}, which does not fit in {underlying.Name}.", e);
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidCastException inner)
        {
            throw inner;
        }

        throw new InvalidCastException($"Column '{key}' holds a {value.GetType().Name}, which cannot be converted to {target.Name}.");
    }

    /// <summary>A short, culture-invariant rendering of a value for ToString() and test diffs.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        byte[] bytes => "0x" + System.Convert.ToHexString(bytes),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => $"{kv.Key}: {Format(kv.Value)}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    private static bool IsListLike(Type definition) =>
        definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
        || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>);

    private static bool IsMapLike(Type type)
    {
        var definition = type.GetGenericTypeDefinition();
        return type.GetGenericArguments()[0] == typeof(string)
            && (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>));
    }

    private static List<T> ToList<T>(IList list, string key)
    {
        var result = new List<T>(list.Count);
        foreach (var item in list)
        {
            result.Add(Convert<T>(item, key));
        }

        return result;
    }

    private static T[] ToArray<T>(IList list, string key) => [.. ToList<T>(list, key)];

    private static Dictionary<string, T> ToDictionary<T>(IReadOnlyDictionary<string, object?> map, string key)
    {
        var result = new Dictionary<string, T>(map.Count, StringComparer.Ordinal);
        foreach (var (k, v) in map)
        {
            result[k] = Convert<T>(v, key + "." + k);
        }

        return result;
    }
}
