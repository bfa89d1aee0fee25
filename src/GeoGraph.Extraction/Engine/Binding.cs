using GeoGraph.Core.Model;

namespace GeoGraph.Extraction.Engine;

/// <summary>The state of one pattern match: what each slot holds and which tokens were used.</summary>
internal sealed class Binding
{
    public List<Entity>? Subjects { get; set; }

    public List<Entity>? Objects { get; set; }

    public bool SubjectFromContext { get; set; }

    public bool ObjectFromContext { get; set; }

    public bool SubjectFromSuffix { get; set; }

    public bool ObjectFromSuffix { get; set; }

    public int First { get; set; }

    public int Last { get; set; }

    public void Reset(int trigger)
    {
        Subjects = null;
        Objects = null;
        SubjectFromContext = ObjectFromContext = SubjectFromSuffix = ObjectFromSuffix = false;
        First = Last = trigger;
    }
}
