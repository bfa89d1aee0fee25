// claims — reported, disputed and negated statements with who claims them (ATTRIBUTED_TO) and who denies them
// (DENIED_BY), in time order; optionally only those involving one entity in any role.
//
// Parameters:
//   $id    :: STRING | NULL  an entity id, or null for all claims
//   $limit :: INTEGER        at most this many statements
//
// Example (cypher-shell):
//   :param id => 'country:DE'
//   :param limit => 100
MATCH (st:Statement)
WHERE st.status IN ['reported', 'disputed', 'negated']
  AND ($id IS NULL OR EXISTS { (st)-[:SUBJECT|OBJECT|ATTRIBUTED_TO|DENIED_BY]->(:Entity {id: $id}) })
MATCH (art:Article)-[:STATES]->(st)
MATCH (st)-[:SUBJECT]->(subj:Entity)
MATCH (st)-[:OBJECT]->(obj:Entity)
OPTIONAL MATCH (st)-[:ATTRIBUTED_TO]->(claimant:Entity)
OPTIONAL MATCH (st)-[:DENIED_BY]->(denier:Entity)
WITH DISTINCT st, art, subj, obj, claimant, denier, coalesce(toString(st.time), toString(art.date)) AS when
RETURN st.id AS id, art.id AS articleId, toString(art.date) AS articleDate,
       subj.id AS subjectId, subj.name AS subjectName, subj.type AS subjectType,
       st.predicate AS predicate,
       obj.id AS objectId, obj.name AS objectName, obj.type AS objectType,
       st.status AS status,
       claimant.id AS attributedToId, claimant.name AS attributedToName, claimant.type AS attributedToType,
       denier.id AS deniedById, denier.name AS deniedByName, denier.type AS deniedByType,
       toString(st.time) AS time, when, properties(st) AS properties,
       st.sentence AS sentence, st.start AS startOffset, st.`end` AS endOffset, st.evidence AS evidence,
       st.rule AS rule, st.confidence AS confidence
ORDER BY when, articleId, sentence, id
LIMIT $limit
