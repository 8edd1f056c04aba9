-- Putting mistakes right. Withdrawing or deferring a student keeps why, since
-- when and under which decision (its number, e.g. '15/QĐ-TCT') on the
-- enrolment; reinstating the student clears them. Deleted and merged rows
-- need nothing new: audit_log keeps each old row as JSON.
ALTER TABLE enrolment ADD COLUMN status_reason TEXT;
ALTER TABLE enrolment ADD COLUMN status_date TEXT;       -- ISO yyyy-mm-dd
ALTER TABLE enrolment ADD COLUMN status_decision TEXT;
