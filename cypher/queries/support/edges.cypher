// support: edges — the distinct (subject, predicate, object) relations stated by the statements. The C# library
// computes PageRank over them when `top --by pagerank` runs against Neo4j without the Graph Data Science library.
//
// Parameters: none.
//
// Example (cypher-shell):
//   (no parameters)
MATCH (st:Statement)-[:SUBJECT]->(subj:Entity)
MATCH (st)-[:OBJECT]->(obj:Entity)
RETURN DISTINCT subj.id AS subject, st.predicate AS predicate, obj.id AS object
ORDER BY subject, predicate, object
