// GeoGraph's graph schema for Neo4j 5 and later. `geograph neo4j init` runs these statements one by one; every one
// says IF NOT EXISTS, so running the file again (or after a partial run) changes nothing.

// Identities: the loader MERGEs on these ids, and a uniqueness constraint is also the index that makes MERGE fast.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;

// Lookups the query library makes: entities by canonical name, statements by predicate, articles by date range.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX statement_predicate IF NOT EXISTS FOR (s:Statement) ON (s.predicate);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);

// Name search in any language: the canonical name, the English and Arabic labels and the aliases (a LIST<STRING>,
// which full-text indexes accept). Query with CALL db.index.fulltext.queryNodes('entity_names', 'كازاخستان').
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.labels_en, e.labels_ar, e.aliases];
