-- 0001: runs, documents, files, pages, messages.

CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  input TEXT NOT NULL,
  options TEXT NOT NULL,
  versions TEXT NOT NULL,
  files INTEGER,
  processed INTEGER,
  unchanged INTEGER,
  failed INTEGER
);

CREATE TABLE document (
  sha256 TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  pages INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('extracted', 'assessed', 'no-judgement', 'unreadable', 'needs-ocr', 'unsupported')),
  reason TEXT,
  stage_versions TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES run(id)
);

CREATE TABLE file (
  path TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES document(sha256),
  run_id INTEGER NOT NULL REFERENCES run(id)
);
CREATE INDEX file_sha256 ON file(sha256);

CREATE TABLE page (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (sha256, number)
);

CREATE TABLE message (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'fatal')),
  rule TEXT NOT NULL,
  text TEXT NOT NULL,
  page INTEGER,
  run_id INTEGER NOT NULL REFERENCES run(id)
);
CREATE INDEX message_sha256 ON message(sha256);
