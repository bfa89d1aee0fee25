// who — who did PREDICATE to OBJECT, or what SUBJECT did with PREDICATE ("who sanctioned Russia?"): one row per
// (subject, object) with the number of statements, their statuses and first and last time.
//
// Parameters:
//   $predicate :: STRING          a schema predicate, e.g. 'SANCTIONED'
//   $subject   :: STRING | NULL   only this subject id, or null
//   $object    :: STRING | NULL   only this object id, or null
//   $limit     :: INTEGER         at most this many rows
//
// Example (cypher-shell):
//   :param predicate => 'SANCTIONED'
//   :param subject => null
//   :param object => null
//   :param limit => 50
MATCH (st:Statement {predicate: $predicate})
MATCH (st)-[:SUBJECT]->(subj:Entity)
MATCH (st)-[:OBJECT]->(obj:Entity)
WHERE ($subject IS NULL OR subj.id = $subject) AND ($object IS NULL OR obj.id = $object)
MATCH (art:Article)-[:STATES]->(st)
WITH subj, obj, st, coalesce(toString(st.time), toString(art.date)) AS when
WITH subj, obj, count(st) AS mentions, collect(DISTINCT st.status) AS statuses, min(when) AS firstSeen,
     max(when) AS lastSeen
RETURN subj.id AS subjectId, subj.name AS subjectName, subj.type AS subjectType,
       obj.id AS objectId, obj.name AS objectName, obj.type AS objectType,
       mentions, statuses, firstSeen, lastSeen
ORDER BY mentions DESC, subjectId, objectId
LIMIT $limit
