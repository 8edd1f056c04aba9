-- The office sets up its own organisation: the school, the district political
-- centres and other hosts of its classes (org_unit, dated: a centre closed on
-- 30/06/2025 keeps its classes), and the programs it runs.
--
-- program_type learns
--   training_level: what kind of training it is — 'intermediate' (trung cấp),
--                   'elementary' (sơ cấp), 'refresher' (bồi dưỡng) or 'other';
--   active:         the school runs it; a program switched off is not offered
--                   for new classes, its classes keep it;
--   builtin:        one of Cohort's reference list, which can be switched off
--                   but not deleted.
ALTER TABLE program_type ADD COLUMN training_level TEXT NOT NULL DEFAULT 'other'
  CHECK (training_level IN ('intermediate', 'elementary', 'refresher', 'other'));
ALTER TABLE program_type ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE program_type ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1));

UPDATE program_type SET builtin = 1
  WHERE code IN ('TCLLCT', 'TCLLCT_LAO', 'SCLLCT', 'BD_LDQL_PHONG', 'BD_DT4', 'BD_DVM', 'BD_NTVD',
                 'BD_CNKT', 'BD_NGACH');
UPDATE program_type SET training_level = 'intermediate' WHERE code IN ('TCLLCT', 'TCLLCT_LAO');
UPDATE program_type SET training_level = 'elementary' WHERE code = 'SCLLCT';
UPDATE program_type SET training_level = 'refresher'
  WHERE code IN ('BD_LDQL_PHONG', 'BD_DT4', 'BD_DVM', 'BD_NTVD', 'BD_CNKT', 'BD_NGACH');

-- The steps of the first-run setup the office has confirmed: a database
-- reopened half set up resumes at the first step not done.
CREATE TABLE setup_step (
  step     TEXT PRIMARY KEY CHECK (step IN ('school', 'hosts', 'signers', 'programs', 'first-lists')),
  done_at  TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A database already in use (a school, or classes) was set up before Cohort
-- had a setup: it does not go through it.
INSERT INTO setup_step (step)
  SELECT s.column1 FROM (VALUES ('school'), ('hosts'), ('signers'), ('programs'), ('first-lists')) AS s
  WHERE EXISTS (SELECT 1 FROM org_unit WHERE kind = 'school') OR EXISTS (SELECT 1 FROM class);

CREATE INDEX org_unit_kind ON org_unit (kind, valid_to);
