namespace GeoGraph.Text.English;

/// <summary>
/// The abbreviations a full stop may close without ending the sentence, by how they behave: titles before a name
/// never end a sentence (Mr. Straw); months and "No." never end one before a number (Jan. 20, No. 10); other
/// abbreviations (Inc., Corp., U.S., a.m.) end a sentence only when the next word is one that starts sentences.
/// </summary>
internal static class EnglishAbbreviations
{
    /// <summary>Titles and honorifics: always followed by a name, never sentence-final.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Cmdr", "Adm", "Brig",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Amb", "Pres", "Supt", "Insp", "Mt", "Ft",
    };

    /// <summary>Month abbreviations (with "Sept").</summary>
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>Abbreviations that are usually inside a sentence but may end it.</summary>
    public static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Inc", "Corp", "Co", "Ltd", "Plc", "Bros", "vs", "etc", "approx", "est", "dept", "Univ", "Ave",
        "Blvd", "Rd", "Fig", "Vol", "cf", "al", "eg", "ie", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
    };

    /// <summary>Words that begin sentences; after an ambiguous abbreviation (U.S., Inc.) one of these means the
    /// full stop also ended the sentence.</summary>
    public static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But",
        "And", "Or", "So", "Yet", "In", "On", "At", "As", "After", "Before", "When", "While", "If", "Since", "Although",
        "However", "Meanwhile", "Also", "His", "Her", "Its", "Their", "Our", "Some", "Many", "Most", "No", "Not", "Asked",
        "According", "Earlier", "Later", "Last", "Next", "Officials", "Both", "All", "One", "Two", "Such", "What",
        "Who", "Why", "How", "Where", "Still", "Under", "With", "For", "From", "Despite", "Then", "Now", "Today",
    };

    /// <summary>Whether a word before a full stop is a known abbreviation of any kind.</summary>
    /// <param name="word">The word without its dot.</param>
    /// <returns>True when listed.</returns>
    public static bool IsKnown(string word) => Titles.Contains(word) || Months.Contains(word) || Other.Contains(word);
}
