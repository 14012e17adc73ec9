-- 0003: theme mentions and document themes, emerging themes, theme_by_grade; report_results gains weakness_themes and strength_themes.

CREATE TABLE theme_mention (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  polarity TEXT NOT NULL CHECK (polarity IN ('weakness', 'strength')),
  score REAL NOT NULL,
  sentence INTEGER NOT NULL,
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (sha256, sentence, theme)
);
CREATE INDEX theme_mention_theme ON theme_mention(theme, polarity);

CREATE TABLE document_theme (
  sha256 TEXT NOT NULL REFERENCES document(sha256) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  polarity TEXT NOT NULL CHECK (polarity IN ('weakness', 'strength')),
  mentions INTEGER NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (sha256, theme, polarity)
);

CREATE TABLE emerging_theme (
  phrase TEXT NOT NULL,
  documents INTEGER NOT NULL,
  sentences INTEGER NOT NULL,
  score REAL NOT NULL,
  examples TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES run(id),
  PRIMARY KEY (run_id, phrase)
);

CREATE VIEW theme_by_grade AS
SELECT
  t.theme AS theme,
  t.polarity AS polarity,
  COALESCE(g.value, 'none') AS grade,
  COUNT(DISTINCT t.sha256) AS documents
FROM document_theme t
LEFT JOIN finding g ON g.sha256 = t.sha256 AND g.field = 'grade'
GROUP BY t.theme, t.polarity, COALESCE(g.value, 'none');

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
  g.ordinal AS stars,
  g.confidence AS grade_confidence,
  g.evidence AS grade_evidence,
  g.page_start AS grade_page,
  p.value AS prospect,
  p.ordinal AS prospect_ordinal,
  p.confidence AS prospect_confidence,
  p.evidence AS prospect_evidence,
  p.page_start AS prospect_page,
  (SELECT group_concat(theme, ',') FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'weakness' ORDER BY theme)) AS weakness_themes,
  (SELECT group_concat(theme, ',') FROM (SELECT theme FROM document_theme WHERE sha256 = d.sha256 AND polarity = 'strength' ORDER BY theme)) AS strength_themes
FROM file f
JOIN document d ON d.sha256 = f.sha256
LEFT JOIN finding g ON g.sha256 = d.sha256 AND g.field = 'grade'
LEFT JOIN finding p ON p.sha256 = d.sha256 AND p.field = 'prospect';
