// relations — the balance of cooperative and conflictual statements between two entities (typically two countries),
// per month of the statement time (qualifier time, else article date): tone = (cooperative - conflictual) /
// (cooperative + conflictual), from -1 (only conflict) to 1 (only cooperation). Structure predicates and undated
// statements do not count. The predicate lists are the schema's families (relations.json).
//
// Parameters:
//   $a :: STRING  the first entity id, e.g. 'country:RU'
//   $b :: STRING  the second entity id, e.g. 'country:KZ'
//
// Example (cypher-shell):
//   :param a => 'country:RU'
//   :param b => 'country:KZ'
WITH ['VISITED', 'MET_WITH', 'SIGNED_AGREEMENT_WITH', 'RESTORED_TIES_WITH', 'COOPERATES_WITH', 'SUPPORTS',
     'SUPPLIED', 'JOINED', 'PUBLISHED_IN'] AS cooperative,
     ['URGED', 'CRITICIZED', 'ACCUSED', 'SUMMONED', 'THREATENED', 'SANCTIONED', 'CUT_TIES_WITH',
     'RESTRICTED_TRADE_WITH', 'EXPELLED', 'CLOSED', 'REFUSED_TO_JOIN', 'WITHDREW_FROM', 'ARRESTED',
     'ATTACKED'] AS conflictual
MATCH (ea:Entity {id: $a})
MATCH (eb:Entity {id: $b})
MATCH (st:Statement)-[:SUBJECT|OBJECT]->(ea)
MATCH (st)-[:SUBJECT|OBJECT]->(eb)
WHERE st.predicate IN cooperative OR st.predicate IN conflictual
MATCH (art:Article)-[:STATES]->(st)
WITH DISTINCT st, cooperative, conflictual, coalesce(toString(st.time), toString(art.date)) AS when
WHERE when IS NOT NULL
WITH CASE WHEN size(when) > 7 THEN left(when, 7) ELSE when END AS month,
     sum(CASE WHEN st.predicate IN cooperative THEN 1 ELSE 0 END) AS cooperativeCount,
     sum(CASE WHEN st.predicate IN conflictual THEN 1 ELSE 0 END) AS conflictualCount
RETURN month, cooperativeCount AS cooperative, conflictualCount AS conflictual,
       toFloat(cooperativeCount - conflictualCount) / (cooperativeCount + conflictualCount) AS tone
ORDER BY month
