using System.Buffers.Binary;
using System.Text;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Reuses the string decoded for short ASCII UTF-8 byte runs: map keys and labels repeat in every record, so
/// most reads become a hash and a compare instead of an allocation. Direct-mapped and per thread, so it needs
/// no locks; a collision just decodes again.
/// </summary>
internal static class StringCache
{
    public const int MaxLength = 32;
    private const int Slots = 1024;

    [ThreadStatic]
    private static string?[]? t_slots;

    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (!Ascii.IsValid(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var slots = t_slots ??= new string?[Slots];
        int slot = (int)(Hash(utf8) & (Slots - 1));
        string? cached = slots[slot];
        if (cached is not null && cached.Length == utf8.Length && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        string value = Encoding.ASCII.GetString(utf8);
        slots[slot] = value;
        return value;
    }

    // Length and the first and last four bytes: cheap, and enough to spread the keys of real records.
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        uint hash = (uint)utf8.Length * 0x9E3779B1u;
        if (utf8.Length >= 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(utf8);
            hash = (hash << 13 | hash >> 19) * 0x85EBCA6Bu;
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(utf8[^4..]);
        }
        else
        {
            foreach (byte b in utf8)
            {
                hash = (hash * 31) + b;
            }
        }

        hash ^= hash >> 15;
        return hash * 0xC2B2AE35u;
    }
}
