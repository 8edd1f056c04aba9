-- Cohort learns to write more kinds of things (the programs a school runs,
-- imports that can be undone, …): audit_log no longer lists the entities it
-- accepts. The store's callers name them; the names in use are 'person',
-- 'class', 'enrolment', 'plan', 'org_unit', 'setting', 'program' and 'import'.
-- The action stays one of 'create', 'update', 'delete'.
-- SQLite cannot change a CHECK constraint in place: the table is copied.
CREATE TABLE audit_log_new (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  entity     TEXT NOT NULL,
  entity_id  INTEGER NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  old_value  TEXT,
  new_value  TEXT
);
INSERT INTO audit_log_new (id, at, entity, entity_id, action, old_value, new_value)
  SELECT id, at, entity, entity_id, action, old_value, new_value FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_entity ON audit_log (entity, entity_id);
