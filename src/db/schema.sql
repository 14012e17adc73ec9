-- The whole current schema of the results database, for people to read.
-- Built by replaying src/db/migrations/ in order; a test checks the two agree.
-- Every result row carries the run that wrote it.

-- One row per pipeline run.
CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,        -- ISO 8601 UTC
  finished_at TEXT,                -- null while running or when the process was killed
  input TEXT NOT NULL,             -- the input folder as given
  options TEXT NOT NULL,           -- JSON: the options of the run
  versions TEXT NOT NULL,          -- JSON: stage name -> stage version
  files INTEGER,                   -- input files seen
  processed INTEGER,               -- documents (distinct contents) processed in this run
  unchanged INTEGER,               -- documents whose stored results were still current
  failed INTEGER,                  -- documents unreadable, needing OCR or unsupported
  outcome TEXT CHECK (outcome IN ('completed', 'interrupted', 'failed')), -- null while running or after a kill; interrupted: stopped by a signal; failed: stopped by a database error
  emerging_basis TEXT              -- what the emerging themes this run computed were computed from (the current documents and the runs that processed them); null when it computed none
);

-- One row per distinct content (sha256 of the bytes), whatever its file names.
CREATE TABLE document (
  sha256 TEXT PRIMARY KEY,         -- hex sha256 of the file's bytes
  type TEXT NOT NULL,              -- pdf | txt | html | other (from the first file name seen)
  size INTEGER NOT NULL,           -- bytes
  pages INTEGER NOT NULL DEFAULT 0, -- pages in the document
  status TEXT NOT NULL CHECK (status IN ('extracted', 'assessed', 'no-judgement', 'unreadable', 'needs-ocr', 'unsupported')),
  reason TEXT,                     -- why, when the status is not a success: encrypted, corrupt, empty, not-a-pdf, timeout, no-text-layer, file-type, ...
  stage_versions TEXT NOT NULL,    -- JSON: stage name -> version that produced this row (drives incremental runs)
  run_id INTEGER NOT NULL REFERENCES run(id), -- run that last processed it
  attempts INTEGER NOT NULL DEFAULT 1 -- runs in a row that processed it with the same stage versions and limits; a failed document is retried until 2
);

-- One row per input path (relative to the input folder); several paths may share a document.
CREATE TABLE file (
  path TEXT PRIMARY KEY,           -- relative path with '/' separators
  sha256 TEXT NOT NULL REFERENCES document(sha256),
  run_id INTEGER NOT NULL REFERENCES run(id) -- last run that saw this path
);
CREATE INDEX file_sha256 ON file(sha256);

-- Extracted text, one row per page, as the extractor gave it.
CREATE TABLE page (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  number INTEGER NOT NULL,         -- 1-based
  text TEXT NOT NULL,
  PRIMARY KEY (sha256, number)
);

-- Everything a stage had to say about a document: problems, doubts, disagreements.
CREATE TABLE message (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  stage TEXT NOT NULL,             -- the stage that spoke
  severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'fatal')), -- fatal stopped this document
  rule TEXT NOT NULL,              -- kebab-case id of the rule or reason
  text TEXT NOT NULL,              -- human-readable
  page INTEGER,                    -- where, when known
  run_id INTEGER NOT NULL REFERENCES run(id)
);
CREATE INDEX message_sha256 ON message(sha256);

-- Headings found in a document, with the section path each opens.
CREATE TABLE section (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  idx INTEGER NOT NULL,            -- order in the document, from 0
  heading TEXT NOT NULL,           -- the heading as written
  level INTEGER NOT NULL,          -- 1 = top level (Summary, Recommendations, ...)
  path TEXT NOT NULL,              -- e.g. 'How good is the service? > Does the service meet these aims?'
  page INTEGER NOT NULL,
  PRIMARY KEY (sha256, idx)
);

-- Every unit of text: sentences, headings, table rows (cells joined by ' | ') and list items.
CREATE TABLE sentence (
  id INTEGER PRIMARY KEY,          -- stable row id: the full-text index's rowid
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  idx INTEGER NOT NULL,            -- order in the document, from 0
  kind TEXT NOT NULL CHECK (kind IN ('sentence', 'heading', 'row', 'item')),
  section TEXT NOT NULL,           -- section path ('' before the first heading)
  text TEXT NOT NULL,              -- normalised: headers/footers removed, hyphenation joined, one line
  page_start INTEGER NOT NULL,     -- a sentence crossing a page break has page_end = page_start + 1
  page_end INTEGER NOT NULL,
  char_start INTEGER NOT NULL,     -- offset in page_start's extracted text (page.text)
  char_end INTEGER NOT NULL,       -- offset in page_end's extracted text
  lean REAL,                       -- sentences and items that raise no theme: how their words and section lean (negative: toward weakness), for emerging themes; null otherwise
  UNIQUE (sha256, idx)
);

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

-- One conclusion per document and field, with the evidence that supports it.
CREATE TABLE finding (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  field TEXT NOT NULL,             -- grade | prospect | era | council | service | inspected_on | published_on | inspectorate | scheme | framework | provider | inspected_until
  value TEXT NOT NULL,             -- scheme: its id; grade: the scheme's normalised label (Best Value poor..excellent, Ofsted outstanding..inadequate); prospect: the report's token (will-not..will, poor..excellent); dates YYYY-MM-DD or YYYY-MM
  ordinal INTEGER,                 -- grade: 0 = worst within the scheme (Best Value: stars 0-3); prospect: 0-3 on the one ordinal scale
  confidence REAL NOT NULL,        -- 0..1
  evidence TEXT NOT NULL,          -- the sentence or table row quoted
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  sentence INTEGER,                -- sentence.idx of the evidence
  stage TEXT NOT NULL,             -- the stage that found it
  stage_version TEXT NOT NULL,     -- that stage's version
  run_id INTEGER NOT NULL REFERENCES run(id),
  PRIMARY KEY (sha256, field)
);

-- The public contract: one row per input file with its judgements and their evidence.
-- Columns are only ever added (at the end), never renamed or removed.
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

-- Every unit that raises a codebook theme, with the polarity it raises it with (the evidence of document_theme).
CREATE TABLE theme_mention (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  theme TEXT NOT NULL,             -- codebook theme id, e.g. 'demand-capacity'
  polarity TEXT NOT NULL CHECK (polarity IN ('weakness', 'strength')), -- weakness = an area for improvement
  score REAL NOT NULL,             -- 0..1: how sure the cues and polarity words are
  sentence INTEGER NOT NULL,       -- sentence.idx of the unit
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  char_start INTEGER NOT NULL,     -- offset in page_start's extracted text
  char_end INTEGER NOT NULL,       -- offset in page_end's extracted text
  text TEXT NOT NULL,              -- the unit quoted
  PRIMARY KEY (sha256, sentence, theme)
);
CREATE INDEX theme_mention_theme ON theme_mention(theme, polarity);

-- Themes a document raises: those whose mentions clear the thresholds of the themes stage.
CREATE TABLE document_theme (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  theme TEXT NOT NULL,             -- codebook theme id
  polarity TEXT NOT NULL CHECK (polarity IN ('weakness', 'strength')),
  mentions INTEGER NOT NULL,       -- units raising it with this polarity
  score REAL NOT NULL,             -- sum of their scores
  PRIMARY KEY (sha256, theme, polarity)
);

-- Recurring weakness phrases no codebook theme explains, over the whole database (replaced by each completed run that
-- changed the documents they are computed from).
CREATE TABLE emerging_theme (
  phrase TEXT NOT NULL,            -- a stemmed-then-shown phrase, e.g. 'business continuity'
  documents INTEGER NOT NULL,      -- documents with at least one such sentence
  sentences INTEGER NOT NULL,      -- weakness-like sentences without a theme that contain it
  score REAL NOT NULL,             -- TF-IDF summed over documents (higher = more distinctive and recurrent)
  examples TEXT NOT NULL,          -- JSON array of up to 3 {sha256, sentence, page, text}
  run_id INTEGER NOT NULL REFERENCES run(id), -- run that computed it
  PRIMARY KEY (run_id, phrase)
);

-- How many documents raise each theme, by polarity and grade ('none' when no grade was found).
CREATE VIEW theme_by_grade AS
SELECT
  t.theme AS theme,
  t.polarity AS polarity,
  COALESCE(g.value, 'none') AS grade,
  COUNT(DISTINCT t.sha256) AS documents
FROM document_theme t
LEFT JOIN finding g ON g.sha256 = t.sha256 AND g.field = 'grade'
GROUP BY t.theme, t.polarity, COALESCE(g.value, 'none');

-- Sub-judgements: each judgement a report grades besides (or instead of) its overall grade, e.g. the rows of an
-- Ofsted judgement table, each label paired with its grade by layout.
CREATE TABLE judgement (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  idx INTEGER NOT NULL,            -- order in the document, from 0
  name TEXT NOT NULL,              -- the judgement's name as printed ('The experiences and progress of children in care')
  key TEXT NOT NULL,               -- normalised name, stable across a scheme's wordings ('children-in-care')
  grade TEXT NOT NULL,             -- the scheme's normalised label ('requires-improvement', 'not-judged')
  ordinal INTEGER,                 -- 0 = worst within the scheme; null for 'not-judged'
  confidence REAL NOT NULL,        -- 0..1
  evidence TEXT NOT NULL,          -- the lines that pair the label with its grade, quoted
  page INTEGER NOT NULL,
  sentence INTEGER,                -- sentence.idx of the label's unit, when it is one
  run_id INTEGER NOT NULL REFERENCES run(id),
  PRIMARY KEY (sha256, idx)
);

-- Sub-judgements with the file, scheme, provider and first inspection day of their report.
CREATE VIEW judgement_results AS
SELECT
  r.file AS file,
  r.scheme AS scheme,
  r.provider AS provider,
  r.inspected_on AS inspected_on,
  j.sha256 AS sha256,
  j.idx AS idx,
  j.name AS name,
  j.key AS key,
  j.grade AS grade,
  j.ordinal AS ordinal,
  j.confidence AS confidence,
  j.evidence AS evidence,
  j.page AS page
FROM judgement j
JOIN report_results r ON r.sha256 = j.sha256;

-- The latest report of each provider and service (one row each), for a table of "where every
-- local authority stands now": documents read with a judgement or an abstention, one file per
-- document (the first path), newest by last inspection day, then first day, then publication.
CREATE VIEW latest_report AS
SELECT * FROM (
  SELECT
    r.*,
    ROW_NUMBER() OVER (
      PARTITION BY r.provider, COALESCE(r.service, '')
      ORDER BY COALESCE(r.inspected_until, r.inspected_on, r.published_on) DESC, r.file
    ) AS recency,                  -- 1 = the latest
    COUNT(*) OVER (PARTITION BY r.provider, COALESCE(r.service, '')) AS reports -- reports of this provider and service
  FROM report_results r
  WHERE r.provider IS NOT NULL
    AND r.status IN ('assessed', 'no-judgement')
    AND r.file = (SELECT MIN(f.path) FROM file f WHERE f.sha256 = r.sha256)
)
WHERE recency = 1;

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
