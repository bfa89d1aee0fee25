using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Engine;

/// <summary>The subject → object entity types each predicate allows (RELATIONS.md); rules may narrow them.</summary>
internal static class SchemaTypes
{
    private const EntityType P = EntityType.Person;
    private const EntityType C = EntityType.Country;
    private const EntityType L = EntityType.Location;
    private const EntityType O = EntityType.Organization;
    private const EntityType M = EntityType.MediaOutlet;
    private const EntityType G = EntityType.Group;
    private const EntityType K = EntityType.Commodity;

    private static readonly EntityType[] Any = [P, C, L, O, M, G];
    private static readonly EntityType[] Actors = [C, O, G, P, M];

    public static (EntityType[] Subject, EntityType[] Object) Of(Predicate p) => p switch
    {
        Predicate.MemberOf => ([C, O], [O]),
        Predicate.Leads => ([P, C, O], [C, O, G, L]),
        Predicate.WorksFor => ([P], [O, M, C]),
        Predicate.PartOf => ([O], [O, C]),
        Predicate.BasedIn => ([O, M, P, G], [C, L]),
        Predicate.LocatedIn => ([L], [C, L]),
        Predicate.CapitalOf => ([L], [C]),
        Predicate.Borders => ([C], [C]),
        Predicate.AllyOf => ([C, O], [C, O]),
        Predicate.Produces => ([C, O], [K]),
        Predicate.Visited => ([P, C, G], [C, L]),
        Predicate.MetWith => ([P, C, G], [P, C, G]),
        Predicate.SignedAgreementWith => ([C, O, P, G], [C, O, P, G]),
        Predicate.RestoredTiesWith => ([C, O], [C, O]),
        Predicate.CooperatesWith => (Any, Any),
        Predicate.Supports => (Any, Any),
        Predicate.Supplied => ([C, O], [C, O, G]),
        Predicate.Joined => ([C, O], [O]),
        Predicate.PublishedIn => ([P, O, C], [M]),
        Predicate.Urged => (Actors, Actors),
        Predicate.Criticized => (Actors, Any),
        Predicate.Accused => (Actors, Any),
        Predicate.Threatened => (Actors, Any),
        Predicate.Summoned => ([C, O], [P, G, C]),
        Predicate.Sanctioned => ([C, O], Any),
        Predicate.CutTiesWith => ([C, O], [C, O]),
        Predicate.RestrictedTradeWith => ([C], [C, O]),
        Predicate.Expelled => ([C, O], [P, G, O, M]),
        Predicate.Closed => ([C, O], [O, M]),
        Predicate.RefusedToJoin => ([C, O], [O]),
        Predicate.WithdrewFrom => ([C, O], [O]),
        Predicate.Arrested => ([C, O], [P, G]),
        Predicate.Attacked => ([C, O, G], Any),
        _ => (Any, Any),
    };

    /// <summary>Objects of these predicates are places, so a capital stays a city there.</summary>
    public static bool ObjectIsPlace(Predicate p) => p is Predicate.Visited or Predicate.BasedIn or Predicate.LocatedIn;
}
