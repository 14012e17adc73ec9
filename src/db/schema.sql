-- The whole current schema of the results database, for people to read.
-- Built by replaying src/db/migrations/ in order; a test checks the two agree.
-- Every result row carries the run that wrote it.

-- One row per pipeline run.
CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,        -- ISO 8601 UTC
  finished_at TEXT,                -- null while running or when the run was interrupted
  input TEXT NOT NULL,             -- the input folder as given
  options TEXT NOT NULL,           -- JSON: the options of the run
  versions TEXT NOT NULL,          -- JSON: stage name -> stage version
  files INTEGER,                   -- input files seen
  processed INTEGER,               -- documents (distinct contents) processed in this run
  unchanged INTEGER,               -- documents whose stored results were still current
  failed INTEGER                   -- documents unreadable, needing OCR or unsupported
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
  run_id INTEGER NOT NULL REFERENCES run(id) -- run that last processed it
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
