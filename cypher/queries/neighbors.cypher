// neighbors — every relation of an entity, in and out: one row per (direction, predicate, other entity) with the
// number of statements, their statuses and the first and last time (qualifier time, else article date).
//
// Parameters:
//   $id          :: STRING              the entity id, e.g. 'country:RU'
//   $predicates  :: LIST<STRING> | NULL only these predicates (a family is passed as its predicates), null for all
//   $statuses    :: LIST<STRING> | NULL only these statuses ('asserted', 'reported', ...), null for all
//   $from        :: STRING | NULL       date prefix 'yyyy', 'yyyy-MM' or 'yyyy-MM-dd'; keeps times overlapping or after it
//   $to          :: STRING | NULL       date prefix; keeps times overlapping or before it
//   $minMentions :: INTEGER             keep relations stated at least this often (1 keeps all)
//   $limit       :: INTEGER             at most this many rows
//
// Example (cypher-shell):
//   :param id => 'country:RU'
//   :param predicates => ['SANCTIONED', 'EXPELLED', 'ATTACKED']
//   :param statuses => null
//   :param from => '2024'
//   :param to => null
//   :param minMentions => 1
//   :param limit => 50
MATCH (e:Entity {id: $id})
MATCH (st:Statement)-[role:SUBJECT|OBJECT]->(e)
MATCH (st)-[otherRole:SUBJECT|OBJECT]->(other:Entity)
WHERE type(otherRole) <> type(role)
  AND ($predicates IS NULL OR st.predicate IN $predicates)
  AND ($statuses IS NULL OR st.status IN $statuses)
MATCH (art:Article)-[:STATES]->(st)
WITH st, other, CASE type(role) WHEN 'SUBJECT' THEN 'out' ELSE 'in' END AS direction,
     coalesce(toString(st.time), toString(art.date)) AS when
// Partial times ('2024', '2024-11') overlap a range; '~' sorts after every digit and '-'.
WHERE ($from IS NULL OR (when + '~') >= $from) AND ($to IS NULL OR when <= ($to + '~'))
WITH direction, st.predicate AS predicate, other, count(st) AS mentions, collect(DISTINCT st.status) AS statuses,
     min(when) AS firstSeen, max(when) AS lastSeen
WHERE mentions >= $minMentions
RETURN direction, predicate, other.id AS otherId, other.name AS otherName, other.type AS otherType,
       mentions, statuses, firstSeen, lastSeen
ORDER BY mentions DESC, predicate, otherId, direction
LIMIT $limit
