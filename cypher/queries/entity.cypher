// entity — the entities with the given ids (or exactly this name, label or alias), with type, labels, aliases,
// degree (statements naming the entity as subject or object) and the five most mentioned relations.
// The C# library resolves a typed name first (any language, alias, Arabic clitics, spelling variants) and passes ids;
// from cypher-shell you can pass a name instead and an empty id list.
//
// Parameters:
//   $ids  :: LIST<STRING>  entity ids, e.g. ['country:KZ']
//   $name :: STRING | NULL a canonical name, label or alias matched exactly, or null
//
// Example (cypher-shell):
//   :param ids => ['country:KZ']
//   :param name => 'Kazakhstan'
MATCH (e:Entity)
WHERE e.id IN $ids
   OR e.name = $name OR e.labels_en = $name OR e.labels_ar = $name OR $name IN coalesce(e.aliases, [])
RETURN e.id AS id, e.name AS name, e.type AS type,
       e.labels_en AS labelEn, e.labels_ar AS labelAr, coalesce(e.aliases, []) AS aliases,
       COUNT { (:Statement)-[:SUBJECT|OBJECT]->(e) } AS degree,
       COLLECT {
         MATCH (st:Statement)-[role:SUBJECT|OBJECT]->(e)
         MATCH (st)-[otherRole:SUBJECT|OBJECT]->(other:Entity)
         WHERE type(otherRole) <> type(role)
         WITH CASE type(role) WHEN 'SUBJECT' THEN 'out' ELSE 'in' END AS direction, st.predicate AS predicate, other,
              count(st) AS mentions
         ORDER BY mentions DESC, predicate, other.id, direction
         LIMIT 5
         RETURN {direction: direction, predicate: predicate, id: other.id, name: other.name, type: other.type, mentions: mentions}
       } AS topRelations
ORDER BY id
