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
    // 4,096 slots (32 KB per thread): a thousand distinct names cycling through a result stay mostly cached, where
    // 1,024 direct-mapped slots lost a third of them to collisions on every pass.
    private const int Slots = 4096;

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

    // Length and the first and last eight (or four) bytes, then a full avalanche (murmur3's finaliser), so the low bits
    // the slot index keeps depend on every input bit: names that differ only in a trailing digit ("Entity 17",
    // "Entity 18") must land in different slots, which a plain xor-and-multiply left in a few hundred of them.
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        ulong mixed = (ulong)utf8.Length * 0x9E3779B97F4A7C15ul;
        if (utf8.Length >= 8)
        {
            mixed ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8) * 0xC2B2AE3D27D4EB4Ful;
            mixed ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]) * 0x165667B19E3779F9ul;
        }
        else if (utf8.Length >= 4)
        {
            mixed ^= BinaryPrimitives.ReadUInt32LittleEndian(utf8) * 0xC2B2AE3D27D4EB4Ful;
            mixed ^= BinaryPrimitives.ReadUInt32LittleEndian(utf8[^4..]) * 0x165667B19E3779F9ul;
        }
        else
        {
            foreach (byte b in utf8)
            {
                mixed = (mixed * 31) + b;
            }
        }

        uint hash = (uint)(mixed ^ (mixed >> 32));
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return hash;
    }
}
