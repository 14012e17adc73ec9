-- 0007: a database that opens well in Datasette and sqlite-utils. The full-text index takes the
-- sentence table as its content (so tools detect it), kept in step by triggers; sentences get a
-- stable integer id for it; report_results gains its themes as JSON arrays; the codebooks' themes
-- (labels, definitions) get tables of their own.

CREATE TABLE sentence_new (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sentence', 'heading', 'row', 'item')),
  section TEXT NOT NULL,
  text TEXT NOT NULL,
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  UNIQUE (sha256, idx)
);
INSERT INTO sentence_new (sha256, idx, kind, section, text, page_start, page_end, char_start, char_end)
  SELECT sha256, idx, kind, section, text, page_start, page_end, char_start, char_end FROM sentence ORDER BY sha256, idx;
DROP TABLE sentence_fts;
DROP TABLE sentence;
ALTER TABLE sentence_new RENAME TO sentence;

-- Full-text index over sentence.text (Porter stemming): WHERE sentence_fts MATCH 'training'. Its content is
-- the sentence table itself (external content, so tools such as Datasette and sqlite-utils find it); the
-- triggers below keep it in step with every insert, update and delete (a document's cascade included).
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, sha256 UNINDEXED, idx UNINDEXED, content="sentence", content_rowid="id", tokenize = 'porter unicode61');
CREATE TRIGGER sentence_ai AFTER INSERT ON sentence BEGIN
  INSERT INTO sentence_fts (rowid, text, sha256, idx) VALUES (new.id, new.text, new.sha256, new.idx);
END;
CREATE TRIGGER sentence_ad AFTER DELETE ON sentence BEGIN
  INSERT INTO sentence_fts (sentence_fts, rowid, text, sha256, idx) VALUES ('delete', old.id, old.text, old.sha256, old.idx);
END;
CREATE TRIGGER sentence_au AFTER UPDATE OF sha256, idx, text ON sentence BEGIN
  INSERT INTO sentence_fts (sentence_fts, rowid, text, sha256, idx) VALUES ('delete', old.id, old.text, old.sha256, old.idx);
  INSERT INTO sentence_fts (rowid, text, sha256, idx) VALUES (new.id, new.text, new.sha256, new.idx);
END;
INSERT INTO sentence_fts (sentence_fts) VALUES ('rebuild');

DROP VIEW report_results;
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
  -- Best Value's stars (0-3); empty for other schemes.
  CASE WHEN s.value IS NULL OR s.value = 'best-value' THEN g.ordinal END AS stars,
  g.confidence AS grade_confidence,
  g.evidence AS grade_evidence,
  g.page_start AS grade_page,
  p.value AS prospect,
  p.ordinal AS prospect_ordinal,
  p.confidence AS prospect_confidence,
  p.evidence AS prospect_evidence,
  p.page_start AS prospect_page,
  -- Themes the document raises as areas for improvement / as strengths: comma-separated ids, sorted (null when none).
  (SELECT group_concat(theme, ',') FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'weakness' ORDER BY theme)) AS weakness_themes,
  (SELECT group_concat(theme, ',') FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'strength' ORDER BY theme)) AS strength_themes,
  -- The scheme the document was read with: best-value, ofsted-ilacs, ofsted-sif, ofsted-lac, ofsted-lscb, ofsted-cqc-send, ofsted-focused-visit, ofsted-school.
  s.value AS scheme,
  -- The inspection framework as printed.
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'framework') AS framework,
  -- The local authority, local area partnership or school inspected, whole as printed (Best Value: the council).
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'provider') AS provider,
  -- The last day of the inspection, when the report gives a range (inspected_on is the first).
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'inspected_until') AS inspected_until,
  -- The grade's ordinal, 0 = worst, compared only within one scheme (Best Value: the stars).
  g.ordinal AS grade_ordinal,
  -- The same themes as JSON arrays (always an array, '[]' when none), for tools that facet on them (Datasette's _facet_array).
  (SELECT json_group_array(theme) FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'weakness' ORDER BY theme)) AS weakness_themes_json,
  (SELECT json_group_array(theme) FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'strength' ORDER BY theme)) AS strength_themes_json
FROM file f
JOIN document d ON d.sha256 = f.sha256
LEFT JOIN finding g ON g.sha256 = d.sha256 AND g.field = 'grade'
LEFT JOIN finding p ON p.sha256 = d.sha256 AND p.field = 'prospect'
LEFT JOIN finding s ON s.sha256 = d.sha256 AND s.field = 'scheme';


-- The codebooks of the last run and their themes (labels and definitions), to read theme ids by.
CREATE TABLE codebook (
  id TEXT PRIMARY KEY,             -- 'best-value-ict', 'ofsted-childrens-services', or a --codebook file's id
  name TEXT NOT NULL,
  schemes TEXT NOT NULL            -- JSON array of the scheme ids whose reports it codes
);

-- One row per theme of a stored codebook.
CREATE TABLE theme (
  codebook TEXT NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
  id TEXT NOT NULL,                -- the id document_theme and theme_mention use
  label TEXT NOT NULL,             -- short name, as the article prints it
  definition TEXT NOT NULL,        -- what the theme covers
  position INTEGER NOT NULL,       -- order in its codebook, from 0
  PRIMARY KEY (codebook, id)
);
