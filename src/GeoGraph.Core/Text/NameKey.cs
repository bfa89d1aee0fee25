using System.Globalization;
using System.Text;

namespace GeoGraph.Core.Text;

/// <summary>
/// The lookup key of a name: what two spellings of one name have in common. Case-folded, NFKC, Arabic diacritics and
/// tatweel removed, alef forms, alef maqsura and taa marbuta unified, punctuation folded to single spaces, and a
/// leading English "the" dropped. It matches the normalisation of the evaluation scorer, so a name that scores as
/// equal also looks up as equal. Stored in the embedded store's <c>entity_names.norm</c> column.
/// </summary>
public static class NameKey
{
    /// <summary>Computes the key of a name.</summary>
    /// <param name="name">Any name, Arabic or Latin script.</param>
    /// <returns>The key; empty when the name has no letters or digits.</returns>
    public static string Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var s = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var raw in s)
        {
            var c = raw;
            if (IsArabicMark(c))
            {
                continue;
            }

            c = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(c);
            }
            else
            {
                space = true;
            }
        }

        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>Whether a character is an Arabic diacritic, Quranic mark or tatweel, which keys ignore.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for marks that carry no letter.</returns>
    public static bool IsArabicMark(char c) =>
        c is (>= '\u0610' and <= '\u061a') or (>= '\u064b' and <= '\u065f') or '\u0670' or (>= '\u06d6' and <= '\u06ed') or '\u0640'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
