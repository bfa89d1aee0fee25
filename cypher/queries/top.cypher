// top — the most central entities by degree: the number of statements naming the entity as subject or object.
// Ranking by PageRank: where the Graph Data Science library is installed, the Neo4j equivalent is
//   CALL gds.graph.project('geo', 'Entity', '*');
//   CALL gds.pageRank.stream('geo') YIELD nodeId, score
//   RETURN gds.util.asNode(nodeId).id AS id, score ORDER BY score DESC LIMIT $limit;
// without GDS, the C# library computes PageRank itself over the relations (support/edges.cypher).
//
// Parameters:
//   $limit :: INTEGER  at most this many entities
//
// Example (cypher-shell):
//   :param limit => 20
MATCH (e:Entity)
WITH e, COUNT { (:Statement)-[:SUBJECT|OBJECT]->(e) } AS degree
WHERE degree > 0
RETURN e.id AS id, e.name AS name, e.type AS type, degree
ORDER BY degree DESC, id
LIMIT $limit
