-- The embedded store's schema (SQLite). The query library reads these tables directly; change them only together.
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles(
  id TEXT PRIMARY KEY,
  title TEXT, date TEXT, lang TEXT NOT NULL, url TEXT, source TEXT,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,          -- SHA-256 of the text: same hash, nothing to do; other hash, replace statements
  ingested_at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS entities(
  id TEXT PRIMARY KEY,              -- stable id: country:KZ, org:CSTO, person:vladimir-putin
  name TEXT NOT NULL,               -- canonical (English where known)
  type TEXT NOT NULL,               -- schema entity type
  labels_json TEXT NOT NULL DEFAULT '{}');  -- {"en": "...", "ar": "..."}

CREATE TABLE IF NOT EXISTS entity_names(
  entity_id TEXT NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  norm TEXT NOT NULL,               -- GeoGraph.Core.Text.NameKey.Of(name)
  kind TEXT NOT NULL,               -- name | label | alias
  PRIMARY KEY(entity_id, norm)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_entity_names_norm ON entity_names(norm);

CREATE TABLE IF NOT EXISTS statements(
  id TEXT PRIMARY KEY,              -- content hash (GeoGraph.Core.Model.StatementId)
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  subject_id TEXT NOT NULL REFERENCES entities(id),
  predicate TEXT NOT NULL,          -- schema name, MEMBER_OF
  object_id TEXT NOT NULL REFERENCES entities(id),
  status TEXT NOT NULL,             -- asserted | negated | reported | disputed | planned
  attributed_to TEXT REFERENCES entities(id),
  denied_by TEXT REFERENCES entities(id),
  time TEXT,                        -- qualifier time (ISO), else NULL
  qualifiers_json TEXT NOT NULL DEFAULT '{}',
  sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL);
CREATE INDEX IF NOT EXISTS ix_statements_subject ON statements(subject_id, predicate);
CREATE INDEX IF NOT EXISTS ix_statements_object ON statements(object_id, predicate);
CREATE INDEX IF NOT EXISTS ix_statements_article ON statements(article_id);
