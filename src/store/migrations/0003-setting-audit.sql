-- Changes to the office's settings (the header lines and signers of official
-- documents) are audited like every other write: audit_log accepts the entity
-- 'setting' (entity_id 0; the keys and values are in old_value / new_value).
-- SQLite cannot change a CHECK constraint in place: the table is copied.
CREATE TABLE audit_log_new (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  entity     TEXT NOT NULL CHECK (entity IN ('person', 'class', 'enrolment', 'plan', 'org_unit', 'setting')),
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
