-- 0006: where each document's rows lie in sentence_fts, so that replacing a document deletes its
-- full-text rows by rowid (sentence_fts cannot look up its UNINDEXED sha256 column without reading
-- every row). The index is rebuilt in document order so that each document's rows are contiguous.

CREATE TABLE sentence_fts_range (
  sha256 TEXT PRIMARY KEY REFERENCES document(sha256) ON DELETE CASCADE,
  first_rowid INTEGER NOT NULL,
  last_rowid INTEGER NOT NULL
);

DELETE FROM sentence_fts;
INSERT INTO sentence_fts (text, sha256, idx) SELECT text, sha256, idx FROM sentence ORDER BY sha256, idx;
INSERT INTO sentence_fts_range (sha256, first_rowid, last_rowid) SELECT sha256, min(rowid), max(rowid) FROM sentence_fts GROUP BY sha256;
