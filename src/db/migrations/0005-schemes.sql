-- 0005: schemes. Each document is read with one grading scheme (Best Value, or one of the Ofsted family);
-- report_results gains the scheme, framework, provider, last inspection day and the grade's ordinal, and
-- the sub-judgements of a report (Ofsted's judgement table rows) get their own table and view.

-- Another regime's report is now "unknown-regime" (no scheme knows it), whatever scheme was asked for.
UPDATE document SET reason = 'unknown-regime' WHERE reason = 'not-a-best-value-report';

CREATE TABLE judgement (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  grade TEXT NOT NULL,
  ordinal INTEGER,
  confidence REAL NOT NULL,
  evidence TEXT NOT NULL,
  page INTEGER NOT NULL,
  sentence INTEGER,
  run_id INTEGER NOT NULL REFERENCES run(id),
  PRIMARY KEY (sha256, idx)
);

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
  CASE WHEN s.value IS NULL OR s.value = 'best-value' THEN g.ordinal END AS stars,
  g.confidence AS grade_confidence,
  g.evidence AS grade_evidence,
  g.page_start AS grade_page,
  p.value AS prospect,
  p.ordinal AS prospect_ordinal,
  p.confidence AS prospect_confidence,
  p.evidence AS prospect_evidence,
  p.page_start AS prospect_page,
  (SELECT group_concat(theme, ',') FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'weakness' ORDER BY theme)) AS weakness_themes,
  (SELECT group_concat(theme, ',') FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'strength' ORDER BY theme)) AS strength_themes,
  s.value AS scheme,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'framework') AS framework,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'provider') AS provider,
  (SELECT value FROM finding WHERE sha256 = d.sha256 AND field = 'inspected_until') AS inspected_until,
  g.ordinal AS grade_ordinal
FROM file f
JOIN document d ON d.sha256 = f.sha256
LEFT JOIN finding g ON g.sha256 = d.sha256 AND g.field = 'grade'
LEFT JOIN finding p ON p.sha256 = d.sha256 AND p.field = 'prospect'
LEFT JOIN finding s ON s.sha256 = d.sha256 AND s.field = 'scheme';

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
