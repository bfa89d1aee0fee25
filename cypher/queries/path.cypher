// path — all shortest paths between two entities over the typed relationships (one per predicate between two
// entities), ignoring direction, up to $maxHops hops and avoiding the excluded predicates. Cypher cannot take a
// variable-length bound as a parameter, so the pattern is bounded at 6 hops (the library's maximum) and $maxHops
// filters below it. The relationship types are the schema's 33 predicates (relations.json).
//
// Parameters:
//   $from    :: STRING        the start entity id, e.g. 'person:kassym-jomart-tokayev'
//   $to      :: STRING        the end entity id (must differ from $from)
//   $maxHops :: INTEGER       1 to 6
//   $exclude :: LIST<STRING>  predicates the path may not use, e.g. ['BORDERS']; [] for none
//   $limit   :: INTEGER       at most this many paths
//
// Example (cypher-shell):
//   :param from => 'person:kassym-jomart-tokayev'
//   :param to => 'country:DE'
//   :param maxHops => 4
//   :param exclude => []
//   :param limit => 25
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:MEMBER_OF|LEADS|WORKS_FOR|PART_OF|BASED_IN|LOCATED_IN|CAPITAL_OF|BORDERS|ALLY_OF|PRODUCES|VISITED|MET_WITH|SIGNED_AGREEMENT_WITH|RESTORED_TIES_WITH|COOPERATES_WITH|SUPPORTS|SUPPLIED|JOINED|PUBLISHED_IN|URGED|CRITICIZED|ACCUSED|SUMMONED|THREATENED|SANCTIONED|CUT_TIES_WITH|RESTRICTED_TRADE_WITH|EXPELLED|CLOSED|REFUSED_TO_JOIN|WITHDREW_FROM|ARRESTED|ATTACKED*1..6]-(b))
WHERE length(p) <= $maxHops AND none(r IN relationships(p) WHERE type(r) IN $exclude)
RETURN [n IN nodes(p) | {id: n.id, name: n.name, type: n.type}] AS nodes,
       [r IN relationships(p) | {subject: startNode(r).id, predicate: type(r), object: endNode(r).id}] AS steps
LIMIT $limit
