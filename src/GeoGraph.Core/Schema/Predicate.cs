namespace GeoGraph.Core.Schema;

/// <summary>
/// The 33 predicates of the relation schema. The wire name of each (<c>MEMBER_OF</c>) is given by
/// <see cref="RelationSchema"/>, which checks at load time that this list and <c>relations.json</c> agree.
/// </summary>
public enum Predicate
{
    /// <summary><c>MEMBER_OF</c>: Country/Org → Organization.</summary>
    MemberOf,

    /// <summary><c>LEADS</c>: Person/Country/Org → Country/Org.</summary>
    Leads,

    /// <summary><c>WORKS_FOR</c>: Person → Org/MediaOutlet/Country.</summary>
    WorksFor,

    /// <summary><c>PART_OF</c>: Org → Org/Country.</summary>
    PartOf,

    /// <summary><c>BASED_IN</c>: Org/MediaOutlet/Person → Country/Location.</summary>
    BasedIn,

    /// <summary><c>LOCATED_IN</c>: Location → Country/Location.</summary>
    LocatedIn,

    /// <summary><c>CAPITAL_OF</c>: Location → Country.</summary>
    CapitalOf,

    /// <summary><c>BORDERS</c> (symmetric): Country ↔ Country.</summary>
    Borders,

    /// <summary><c>ALLY_OF</c> (symmetric).</summary>
    AllyOf,

    /// <summary><c>PRODUCES</c>: Country/Org → Commodity.</summary>
    Produces,

    /// <summary><c>VISITED</c>: Person/Country → Country/Location.</summary>
    Visited,

    /// <summary><c>MET_WITH</c> (symmetric).</summary>
    MetWith,

    /// <summary><c>SIGNED_AGREEMENT_WITH</c> (symmetric).</summary>
    SignedAgreementWith,

    /// <summary><c>RESTORED_TIES_WITH</c> (symmetric).</summary>
    RestoredTiesWith,

    /// <summary><c>COOPERATES_WITH</c> (symmetric).</summary>
    CooperatesWith,

    /// <summary><c>SUPPORTS</c>.</summary>
    Supports,

    /// <summary><c>SUPPLIED</c>; qualifier <c>item</c>.</summary>
    Supplied,

    /// <summary><c>JOINED</c>: the event of joining an organisation.</summary>
    Joined,

    /// <summary><c>PUBLISHED_IN</c>: Person/Org → MediaOutlet.</summary>
    PublishedIn,

    /// <summary><c>URGED</c>.</summary>
    Urged,

    /// <summary><c>CRITICIZED</c>.</summary>
    Criticized,

    /// <summary><c>ACCUSED</c>; qualifier <c>of</c>.</summary>
    Accused,

    /// <summary><c>THREATENED</c>.</summary>
    Threatened,

    /// <summary><c>SUMMONED</c>: the object is the envoy.</summary>
    Summoned,

    /// <summary><c>SANCTIONED</c>.</summary>
    Sanctioned,

    /// <summary><c>CUT_TIES_WITH</c>.</summary>
    CutTiesWith,

    /// <summary><c>RESTRICTED_TRADE_WITH</c>.</summary>
    RestrictedTradeWith,

    /// <summary><c>EXPELLED</c>.</summary>
    Expelled,

    /// <summary><c>CLOSED</c>.</summary>
    Closed,

    /// <summary><c>REFUSED_TO_JOIN</c>.</summary>
    RefusedToJoin,

    /// <summary><c>WITHDREW_FROM</c>.</summary>
    WithdrewFrom,

    /// <summary><c>ARRESTED</c>.</summary>
    Arrested,

    /// <summary><c>ATTACKED</c>; qualifier <c>weapon</c>.</summary>
    Attacked,
}
