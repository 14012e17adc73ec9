-- 0004: how often a document was attempted with the same versions and limits, and how each run ended.

ALTER TABLE document ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE run ADD COLUMN outcome TEXT CHECK (outcome IN ('completed', 'interrupted', 'failed'));
