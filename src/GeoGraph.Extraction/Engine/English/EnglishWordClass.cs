namespace GeoGraph.Extraction.Engine.English;

/// <summary>
/// The English recogniser's word lists a word is on, as flags: the recogniser looks each token up once per sentence
/// (<see cref="EnglishNer.ClassOf"/>) and its passes test bits, where they probed a hash set per list, per pass, per
/// token (a third of the English recognition time was spent hashing the same words again).
/// </summary>
[Flags]
internal enum EnglishWordClass
{
    /// <summary>On no list.</summary>
    None = 0,

    /// <summary><see cref="EnglishNer.TitleModifiers"/>.</summary>
    TitleModifier = 1 << 0,

    /// <summary><see cref="EnglishNer.Former"/>.</summary>
    Former = 1 << 1,

    /// <summary><see cref="EnglishNer.StateNouns"/>.</summary>
    StateNoun = 1 << 2,

    /// <summary><see cref="EnglishNer.NameParticles"/>.</summary>
    NameParticle = 1 << 3,

    /// <summary><see cref="EnglishNer.NotNames"/>.</summary>
    NotName = 1 << 4,

    /// <summary><see cref="EnglishNer.PersonPronouns"/>.</summary>
    PersonPronoun = 1 << 5,

    /// <summary><see cref="EnglishNer.LoyalNouns"/>.</summary>
    LoyalNoun = 1 << 6,

    /// <summary>A key of <see cref="EnglishNer.MinistryHeadStarts"/>: a ministry head phrase can start here.</summary>
    MinistryHeadStart = 1 << 7,

    /// <summary>A key of <see cref="EnglishNer.TitlesByFirst"/>: a title can start here.</summary>
    TitleFirst = 1 << 8,

    /// <summary>A key of <see cref="EnglishNer.OrgHeads"/>.</summary>
    OrgHead = 1 << 9,

    /// <summary>A key of <see cref="EnglishNer.DescribedByFirst"/>: a described-group noun can start here.</summary>
    DescribedFirst = 1 << 10,

    /// <summary>A key of <see cref="EnglishNer.PartyAdjectives"/>.</summary>
    PartyAdjective = 1 << 11,

    /// <summary><see cref="EnglishNer.StatePronouns"/> ("it").</summary>
    StatePronoun = 1 << 12,
}
