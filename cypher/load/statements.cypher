// Upserts statements with their provenance: (:Article)-[:STATES]->(:Statement)-[:SUBJECT|OBJECT]->(:Entity), plus
// [:ATTRIBUTED_TO] and [:DENIED_BY] where the row names those entities. Runs after entities.cypher and articles.cypher
// in the same transaction, so every id a row names exists. One row per statement:
// {id, article, subject, predicate, object, status, sentence, start, end, evidence, rule, confidence} plus, when set,
// attributed_to, denied_by and the qualifiers time, role, item, weapon, count, share, length, of. A key the row leaves
// out reads as null, and SET to null removes the property, so a replaced statement keeps no stale qualifier.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (subject:Entity {id: row.subject})
MATCH (object:Entity {id: row.object})
MERGE (s:Statement {id: row.id})
SET s.predicate = row.predicate,
    s.status = row.status,
    s.time = row.time,
    s.role = row.role,
    s.item = row.item,
    s.weapon = row.weapon,
    s.count = row.count,
    s.share = row.share,
    s.length = row.length,
    s.of = row.of,
    s.sentence = row.sentence,
    s.start = row.start,
    s.end = row.end,
    s.evidence = row.evidence,
    s.rule = row.rule,
    s.confidence = row.confidence
MERGE (a)-[:STATES]->(s)
MERGE (s)-[:SUBJECT]->(subject)
MERGE (s)-[:OBJECT]->(object)
WITH s, row
OPTIONAL MATCH (claimant:Entity {id: row.attributed_to})
OPTIONAL MATCH (denier:Entity {id: row.denied_by})
FOREACH (e IN CASE WHEN claimant IS NULL THEN [] ELSE [claimant] END | MERGE (s)-[:ATTRIBUTED_TO]->(e))
FOREACH (e IN CASE WHEN denier IS NULL THEN [] ELSE [denier] END | MERGE (s)-[:DENIED_BY]->(e))
