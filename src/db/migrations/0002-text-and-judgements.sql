-- 0002: sections, sentences with full-text search, findings, and the report_results view.

CREATE TABLE section (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  heading TEXT NOT NULL,
  level INTEGER NOT NULL,
  path TEXT NOT NULL,
  page INTEGER NOT NULL,
  PRIMARY KEY (sha256, idx)
);

CREATE TABLE sentence (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sentence', 'heading', 'row', 'item')),
  section TEXT NOT NULL,
  text TEXT NOT NULL,
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  PRIMARY KEY (sha256, idx)
);

CREATE VIRTUAL TABLE sentence_fts USING fts5(text, sha256 UNINDEXED, idx UNINDEXED, tokenize = 'porter unicode61');

CREATE TABLE finding (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  ordinal INTEGER,
  confidence REAL NOT NULL,
  evidence TEXT NOT NULL,
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  sentence INTEGER,
  stage TEXT NOT NULL,
  stage_version TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES run(id),
  PRIMARY KEY (sha256, field)
);

CREATE VIEW report_results AS
SELECT
  f.path AS file,
  d.sha256 AS sha256,
  d.status AS status,
  d.reason AS reason,
  d.pages AS pages,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'council') AS council,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'service') AS service,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'inspected_on') AS inspected_on,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'published_on') AS published_on,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'inspectorate') AS inspectorate,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'era') AS era,
  g.value AS grade,
  g.ordinal AS stars,
  g.confidence AS grade_confidence,
  g.evidence AS grade_evidence,
  g.page_start AS grade_page,
  p.value AS prospect,
  p.ordinal AS prospect_ordinal,
  p.confidence AS prospect_confidence,
  p.evidence AS prospect_evidence,
  p.page_start AS prospect_page
FROM file f
JOIN document d ON d.sha256 = f.sha256
LEFT JOIN finding g ON g.sha256 = d.sha256 AND g.field = 'grade'
LEFT JOIN finding p ON p.sha256 = d.sha256 AND p.field = 'prospect';
