// timeline — the statements naming an entity as subject or object, ordered by time (qualifier time, else article
// date; undated last), with evidence.
//
// Parameters:
//   $id    :: STRING   the entity id, e.g. 'person:kassym-jomart-tokayev'
//   $limit :: INTEGER  at most this many statements
//
// Example (cypher-shell):
//   :param id => 'country:KZ'
//   :param limit => 100
MATCH (e:Entity {id: $id})
MATCH (st:Statement)-[:SUBJECT|OBJECT]->(e)
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
