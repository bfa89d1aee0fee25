// between — every statement linking two entities, in both directions, with its evidence, in time order
// (qualifier time, else article date; undated last).
//
// Parameters:
//   $a     :: STRING   the first entity id, e.g. 'country:RU'
//   $b     :: STRING   the second entity id, e.g. 'country:DE'
//   $limit :: INTEGER  at most this many statements
//
// Example (cypher-shell):
//   :param a => 'country:RU'
//   :param b => 'country:DE'
//   :param limit => 100
MATCH (ea:Entity {id: $a})
MATCH (eb:Entity {id: $b})
MATCH (st:Statement)-[:SUBJECT|OBJECT]->(ea)
MATCH (st)-[:SUBJECT|OBJECT]->(eb)
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
