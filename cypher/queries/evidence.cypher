// evidence — the source sentences behind one relation: article, sentence index, character span and text. For a
// symmetric predicate (MET_WITH, BORDERS, ...) statements in the other direction count too.
//
// Parameters:
//   $subject       :: STRING   the subject id, e.g. 'country:RU'
//   $predicate     :: STRING   a schema predicate, e.g. 'SANCTIONED'
//   $object        :: STRING   the object id
//   $bothDirections :: BOOLEAN true for symmetric predicates
//   $limit         :: INTEGER  at most this many sentences
//
// Example (cypher-shell):
//   :param subject => 'country:RU'
//   :param predicate => 'SANCTIONED'
//   :param object => 'group:british-ministers'
//   :param bothDirections => false
//   :param limit => 20
MATCH (st:Statement {predicate: $predicate})
MATCH (st)-[:SUBJECT]->(subj:Entity)
MATCH (st)-[:OBJECT]->(obj:Entity)
WHERE (subj.id = $subject AND obj.id = $object)
   OR ($bothDirections AND subj.id = $object AND obj.id = $subject)
MATCH (art:Article)-[:STATES]->(st)
RETURN st.id AS statementId, art.id AS articleId, art.title AS title, toString(art.date) AS date, art.url AS url,
       art.source AS source,
       subj.id AS subjectId, subj.name AS subjectName, subj.type AS subjectType,
       st.predicate AS predicate,
       obj.id AS objectId, obj.name AS objectName, obj.type AS objectType,
       st.status AS status, st.sentence AS sentence, st.start AS startOffset, st.`end` AS endOffset,
       st.evidence AS evidence
ORDER BY date, articleId, sentence, statementId
LIMIT $limit
