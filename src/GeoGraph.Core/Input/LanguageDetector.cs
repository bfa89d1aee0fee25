using System.Globalization;

namespace GeoGraph.Core.Input;

/// <summary>
/// Tells Arabic from English by script: the share of Arabic letters against Latin letters. Text in any other script,
/// or Latin-script text that does not read as English, is not guessed at: <see cref="Detect"/> returns null and a reason.
/// </summary>
public static class LanguageDetector
{
    // Function words: a Latin-script text of some length with none of these is not English (French, Turkish, ...).
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "a", "is", "was", "for", "on", "that", "with", "by", "as", "at", "from",
        "it", "he", "she", "his", "her", "has", "have", "had", "be", "are", "were", "said", "its", "an", "this", "not",
    };

    /// <summary>Detects the language of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reason">Why no language was detected, when the result is null.</param>
    /// <returns><c>ar</c>, <c>en</c>, or null.</returns>
    public static string? Detect(string text, out string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, latin = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (IsArabicLetter(c))
            {
                arabic++;
            }
            else if (IsLatinLetter(c))
            {
                latin++;
            }
            else
            {
                other++;
            }
        }

        var letters = arabic + latin + other;
        if (letters == 0)
        {
            reason = "no letters to detect a language from";
            return null;
        }

        // Arabic news quotes Latin names and acronyms, English news rarely quotes Arabic script: a majority decides.
        if (arabic * 2 > letters)
        {
            reason = string.Empty;
            return "ar";
        }

        if (latin * 2 > letters)
        {
            if (LooksEnglish(text))
            {
                reason = string.Empty;
                return "en";
            }

            reason = "Latin-script text that does not read as English; only Arabic and English are supported";
            return null;
        }

        reason = string.Create(
            CultureInfo.InvariantCulture,
            $"{100 * other / letters}% of the letters are neither Arabic nor Latin; only Arabic and English are supported");
        return null;
    }

    /// <summary>Whether a letter belongs to the Arabic script blocks (Arabic, Supplement, Extended-A, presentation forms).</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for Arabic-script characters.</returns>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0600' and <= '\u06ff') or (>= '\u0750' and <= '\u077f') or (>= '\u08a0' and <= '\u08ff')
            or (>= '\ufb50' and <= '\ufdff') or (>= '\ufe70' and <= '\ufeff');

    private static bool IsLatinLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00c0' and <= '\u024f');

    private static bool LooksEnglish(string text)
    {
        int words = 0, function = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && IsLatinLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words++;
                if (i - start <= 4 && EnglishFunctionWords.Contains(text[start..i].ToLowerInvariant()))
                {
                    function++;
                }

                start = -1;
            }
        }

        // Short texts (headlines, names) carry too few words to judge; English prose runs at 30-50% function words.
        return words < 20 || function * 20 >= words;
    }
}
