// Upserts new or changed articles and deletes the statements a changed article had before, so they can be replaced.
// One row per article: {id, title, date, lang, url, source, text_hash}. The loader sends only articles whose text hash
// is new or different (see article-hashes.cypher). Returns, per article, the (predicate, subject, object) of every
// statement it deleted: the typed relationships of those entity pairs must be recomputed once the new statements are in.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.date = row.date,
    a.lang = row.lang,
    a.url = row.url,
    a.source = row.source,
    a.text_hash = row.text_hash
WITH a, [(a)-[:STATES]->(old:Statement) | old] AS olds
WITH a, olds,
     [old IN olds | {
       predicate: old.predicate,
       subject: head([(old)-[:SUBJECT]->(e:Entity) | e.id]),
       object: head([(old)-[:OBJECT]->(e:Entity) | e.id])
     }] AS deleted
FOREACH (old IN olds | DETACH DELETE old)
RETURN a.id AS id, deleted
