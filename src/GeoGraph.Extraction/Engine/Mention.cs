using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Engine;

/// <summary>A span of tokens in one sentence that refers to one or more entities.</summary>
internal sealed class Mention
{
    public Mention(int start, int end, Entity entity, MentionKind kind, string source)
    {
        Start = start;
        End = end;
        Entity = entity;
        Kind = kind;
        Source = source;
        Entities = [entity];
    }

    /// <summary>First token index (in the sentence).</summary>
    public int Start { get; }

    /// <summary>Token index after the last token.</summary>
    public int End { get; set; }

    /// <summary>The entity the span names (for a capital: the city).</summary>
    public Entity Entity { get; }

    /// <summary>All referents (several for البلدين).</summary>
    public IReadOnlyList<Entity> Entities { get; init; }

    public MentionKind Kind { get; }

    /// <summary>The state a capital or seat of government stands for, when it does.</summary>
    public Entity? State { get; init; }

    /// <summary>The country this span can also be read as an adjective of (السعودية is Saudi Arabia and «Saudi»).</summary>
    public Entity? AdjectiveOf { get; init; }

    /// <summary>Whether the span can qualify a neighbour as a nationality adjective.</summary>
    public bool IsAdjective => Kind == MentionKind.Demonym || AdjectiveOf is not null;

    /// <summary>The country of the adjective reading.</summary>
    public Entity AdjectiveEntity => Kind == MentionKind.Demonym ? Entity : AdjectiveOf ?? Entity;

    /// <summary>The proclitics on the first token (و، ب، ل…).</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>What recognised it (gazetteer, a title rule id…), for explanations.</summary>
    public string Source { get; }

    public EntityType Type => Entity.Type;

    /// <summary>Whether the mention can fill an argument slot (adjectival demonyms cannot).</summary>
    public bool IsArgument => Kind != MentionKind.Demonym;

    public override string ToString() => $"{Entity.Name}[{Start},{End}) {Kind}";
}
