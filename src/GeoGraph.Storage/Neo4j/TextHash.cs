using System.Security.Cryptography;
using System.Text;

namespace GeoGraph.Storage.Neo4j;

/// <summary>The text hash stored on each article: equal hashes mean the article needs no reload.</summary>
internal static class TextHash
{
    /// <summary>SHA-256 of the UTF-8 text as lower-case hex, the same definition as the embedded store's <c>text_hash</c>.</summary>
    /// <param name="text">The article text.</param>
    /// <returns>64 hex characters.</returns>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
