-- 0006: exports. A view of the latest report of each provider and service.

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
