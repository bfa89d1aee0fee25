// Generated from relations.json by GeoGraph.Storage.Neo4j.TypedRelationshipCypher; do not edit (a test fails when
// this file and the schema drift apart; GEOGRAPH_WRITE_CYPHER=1 dotnet test tests/GeoGraph.Storage.Tests rewrites it).
// Cypher cannot take a relationship type as a parameter, so every predicate has its own fixed query.
//
// Recomputes (x)-[:LEADS {mentions, first_seen, last_seen, statuses}]->(y) for each row {subject, object}
// from the statements that support it: mentions counts them, first_seen/last_seen are the earliest and latest
// article dates, statuses lists their statuses in schema order. A pair with no statement left loses the relationship.
UNWIND $rows AS row
MATCH (x:Entity {id: row.subject})
MATCH (y:Entity {id: row.object})
OPTIONAL MATCH (x)<-[:SUBJECT]-(s:Statement {predicate: 'LEADS'})-[:OBJECT]->(y)
OPTIONAL MATCH (a:Article)-[:STATES]->(s)
WITH x, y, count(DISTINCT s) AS mentions, min(a.date) AS first_seen, max(a.date) AS last_seen,
     collect(DISTINCT s.status) AS found
WITH x, y, mentions, first_seen, last_seen,
     [status IN ['asserted', 'negated', 'reported', 'disputed', 'planned'] WHERE status IN found] AS statuses
FOREACH (_ IN CASE WHEN mentions > 0 THEN [1] ELSE [] END |
  MERGE (x)-[r:LEADS]->(y)
  SET r.mentions = mentions, r.first_seen = first_seen, r.last_seen = last_seen, r.statuses = statuses)
WITH x, y, mentions
WHERE mentions = 0
MATCH (x)-[r:LEADS]->(y)
DELETE r
