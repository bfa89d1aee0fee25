// co-mentions — entities named (as subject or object of a statement) in the same articles as an entity, with the
// number and ids of the shared articles.
//
// Parameters:
//   $id    :: STRING   the entity id, e.g. 'country:KZ'
//   $limit :: INTEGER  at most this many entities
//
// Example (cypher-shell):
//   :param id => 'country:KZ'
//   :param limit => 50
MATCH (e:Entity {id: $id})
MATCH (art:Article)-[:STATES]->(:Statement)-[:SUBJECT|OBJECT]->(e)
WITH DISTINCT e, art
MATCH (art)-[:STATES]->(:Statement)-[:SUBJECT|OBJECT]->(other:Entity)
WHERE other <> e
WITH other, collect(DISTINCT art.id) AS articleIds
RETURN other.id AS id, other.name AS name, other.type AS type, size(articleIds) AS articles, articleIds
ORDER BY articles DESC, id
LIMIT $limit
