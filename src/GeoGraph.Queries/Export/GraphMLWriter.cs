using System.Globalization;
using System.Text;
using System.Xml;

namespace GeoGraph.Queries.Export;

/// <summary>
/// Writes the entity graph as GraphML (graphml.graphdrawing.org): one node per entity, one directed edge per typed
/// relation. Gephi reads <c>label</c> as the node and edge caption and <c>weight</c> as the edge weight, so both are
/// declared besides the GeoGraph attributes.
/// </summary>
public static class GraphMLWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("name", "node", "name", "string"),
        ("type", "node", "type", "string"),
        ("labels_en", "node", "labels_en", "string"),
        ("labels_ar", "node", "labels_ar", "string"),
        ("aliases", "node", "aliases", "string"),
        ("e_label", "edge", "label", "string"),
        ("predicate", "edge", "predicate", "string"),
        ("family", "edge", "family", "string"),
        ("weight", "edge", "weight", "double"),
        ("mentions", "edge", "mentions", "int"),
        ("first_seen", "edge", "first_seen", "string"),
        ("last_seen", "edge", "last_seen", "string"),
        ("statuses", "edge", "statuses", "string"),
    ];

    /// <summary>Writes the snapshot.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="writer">The destination (UTF-8 is declared).</param>
    public static void Write(GraphSnapshot snapshot, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(writer);
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, forWhat, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", forWhat);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "geograph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var e in snapshot.Entities)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", e.Id);
            Data(xml, "label", e.Name);
            Data(xml, "name", e.Name);
            Data(xml, "type", e.Type);
            Data(xml, "labels_en", e.Labels.GetValueOrDefault("en"));
            Data(xml, "labels_ar", e.Labels.GetValueOrDefault("ar"));
            Data(xml, "aliases", e.Aliases.Count == 0 ? null : string.Join("; ", e.Aliases));
            xml.WriteEndElement();
        }

        var n = 0;
        foreach (var r in snapshot.Relations)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + n++.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", r.Subject);
            xml.WriteAttributeString("target", r.Object);
            Data(xml, "e_label", r.Predicate);
            Data(xml, "predicate", r.Predicate);
            Data(xml, "family", QueryRules.FamilyOf(r.Predicate));
            Data(xml, "weight", r.Mentions.ToString(CultureInfo.InvariantCulture));
            Data(xml, "mentions", r.Mentions.ToString(CultureInfo.InvariantCulture));
            Data(xml, "first_seen", r.FirstSeen);
            Data(xml, "last_seen", r.LastSeen);
            Data(xml, "statuses", string.Join(",", r.Statuses));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
