using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GeoGraph.Core.Schema;

namespace GeoGraph.Core.Model;

/// <summary>Content-hash ids for statements: stable across runs, processes and stores.</summary>
public static class StatementId
{
    /// <summary>The id of a statement: the first 16 bytes of SHA-256 over its identifying content, as hex.</summary>
    /// <param name="articleId">The article id.</param>
    /// <param name="sentence">The sentence index.</param>
    /// <param name="subjectId">The subject entity id.</param>
    /// <param name="predicate">The predicate.</param>
    /// <param name="objectId">The object entity id.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Compute(string articleId, int sentence, string subjectId, Predicate predicate, string objectId)
    {
        // A unit separator keeps ("a","bc") and ("ab","c") apart.
        var key = string.Join('\u001f', articleId, sentence.ToString(CultureInfo.InvariantCulture), subjectId, predicate.ToSchemaName(), objectId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
