// Upserts entities by id. One row per entity: {id, name, type, labels_en, labels_ar, aliases}.
// The type label (:Person, :Country, ...) comes from the schema's fixed list of seven types: Cypher cannot take a
// label as a parameter (before Neo4j 5.26's $(...) labels), so the entity first loses every type label of the schema,
// which drops the old label when an entity's type changed, and each FOREACH below then applies one literal label when
// the row's type names it. Removing a label the node does not have is a no-op. A type not in the list gets no type
// label rather than a label made from data.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name,
    e.type = row.type,
    e.labels_en = row.labels_en,
    e.labels_ar = row.labels_ar,
    e.aliases = row.aliases
REMOVE e:Person:Country:Location:Organization:MediaOutlet:Group:Commodity
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'Location' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'MediaOutlet' THEN [1] ELSE [] END | SET e:MediaOutlet)
FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group)
FOREACH (_ IN CASE WHEN row.type = 'Commodity' THEN [1] ELSE [] END | SET e:Commodity)
