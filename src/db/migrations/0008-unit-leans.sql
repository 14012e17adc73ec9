-- 0008: each unit's lean toward weakness or strength, computed with its document (emerging themes aggregate
-- the stored leans instead of reading every unit again), and what the emerging themes a run computed were
-- computed from (a run that changed nothing keeps them).

ALTER TABLE sentence ADD COLUMN lean REAL;
ALTER TABLE run ADD COLUMN emerging_basis TEXT;
