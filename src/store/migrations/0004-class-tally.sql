-- The principal's dashboard adds up classes, not enrolments: class_tally keeps,
-- for every class, how many of its enrolments are counted as students (all but
-- the withdrawn), how many graduated (by classification band) and how many did
-- not pass. Triggers keep it equal to the enrolments after every write, so a
-- dashboard over a million enrolments reads some ten thousand rows.
CREATE TABLE IF NOT EXISTS class_tally (
  class_id     INTEGER PRIMARY KEY REFERENCES class (id) ON DELETE CASCADE,
  students     INTEGER NOT NULL DEFAULT 0,   -- status <> 'withdrawn'
  graduated    INTEGER NOT NULL DEFAULT 0,   -- status = 'graduated'
  not_passed   INTEGER NOT NULL DEFAULT 0,   -- status = 'not-graduated'
  excellent    INTEGER NOT NULL DEFAULT 0,   -- graduated, band 'excellent' (Xuất sắc)
  very_good    INTEGER NOT NULL DEFAULT 0,   -- graduated, band 'very-good' (Giỏi)
  good         INTEGER NOT NULL DEFAULT 0,   -- graduated, band 'good' (Khá)
  fairly_good  INTEGER NOT NULL DEFAULT 0,   -- graduated, band 'fairly-good' (Trung bình khá)
  average      INTEGER NOT NULL DEFAULT 0    -- graduated, band 'average' (Trung bình)
);

INSERT OR REPLACE INTO class_tally (class_id, students, graduated, not_passed, excellent, very_good, good,
                         fairly_good, average)
  SELECT c.id,
         count(e.id) FILTER (WHERE e.status <> 'withdrawn'),
         count(e.id) FILTER (WHERE e.status = 'graduated'),
         count(e.id) FILTER (WHERE e.status = 'not-graduated'),
         count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'excellent'),
         count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'very-good'),
         count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'good'),
         count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'fairly-good'),
         count(e.id) FILTER (WHERE e.status = 'graduated' AND e.band = 'average')
  FROM class c LEFT JOIN enrolment e ON e.class_id = c.id
  GROUP BY c.id;

-- The dashboard groups the classes of a period by these columns: read from
-- the index alone, in its order. It starts with (year, program_type), so it
-- also serves what class_year did.
DROP INDEX IF EXISTS class_year;
CREATE INDEX IF NOT EXISTS class_dashboard ON class (year, program_type, level, status, lao_province_code, org_unit_id);

CREATE TRIGGER IF NOT EXISTS class_tally_class_insert AFTER INSERT ON class BEGIN
  INSERT INTO class_tally (class_id) VALUES (new.id);
END;

CREATE TRIGGER IF NOT EXISTS class_tally_enrolment_insert AFTER INSERT ON enrolment BEGIN
  UPDATE class_tally SET
    students = students + (new.status <> 'withdrawn'),
    graduated = graduated + (new.status = 'graduated'),
    not_passed = not_passed + (new.status = 'not-graduated'),
    excellent = excellent + (new.status = 'graduated' AND new.band IS 'excellent'),
    very_good = very_good + (new.status = 'graduated' AND new.band IS 'very-good'),
    good = good + (new.status = 'graduated' AND new.band IS 'good'),
    fairly_good = fairly_good + (new.status = 'graduated' AND new.band IS 'fairly-good'),
    average = average + (new.status = 'graduated' AND new.band IS 'average')
  WHERE class_id = new.class_id;
END;

CREATE TRIGGER IF NOT EXISTS class_tally_enrolment_delete AFTER DELETE ON enrolment BEGIN
  UPDATE class_tally SET
    students = students - (old.status <> 'withdrawn'),
    graduated = graduated - (old.status = 'graduated'),
    not_passed = not_passed - (old.status = 'not-graduated'),
    excellent = excellent - (old.status = 'graduated' AND old.band IS 'excellent'),
    very_good = very_good - (old.status = 'graduated' AND old.band IS 'very-good'),
    good = good - (old.status = 'graduated' AND old.band IS 'good'),
    fairly_good = fairly_good - (old.status = 'graduated' AND old.band IS 'fairly-good'),
    average = average - (old.status = 'graduated' AND old.band IS 'average')
  WHERE class_id = old.class_id;
END;

CREATE TRIGGER IF NOT EXISTS class_tally_enrolment_update AFTER UPDATE OF class_id, status, band ON enrolment BEGIN
  UPDATE class_tally SET
    students = students - (old.status <> 'withdrawn'),
    graduated = graduated - (old.status = 'graduated'),
    not_passed = not_passed - (old.status = 'not-graduated'),
    excellent = excellent - (old.status = 'graduated' AND old.band IS 'excellent'),
    very_good = very_good - (old.status = 'graduated' AND old.band IS 'very-good'),
    good = good - (old.status = 'graduated' AND old.band IS 'good'),
    fairly_good = fairly_good - (old.status = 'graduated' AND old.band IS 'fairly-good'),
    average = average - (old.status = 'graduated' AND old.band IS 'average')
  WHERE class_id = old.class_id;
  UPDATE class_tally SET
    students = students + (new.status <> 'withdrawn'),
    graduated = graduated + (new.status = 'graduated'),
    not_passed = not_passed + (new.status = 'not-graduated'),
    excellent = excellent + (new.status = 'graduated' AND new.band IS 'excellent'),
    very_good = very_good + (new.status = 'graduated' AND new.band IS 'very-good'),
    good = good + (new.status = 'graduated' AND new.band IS 'good'),
    fairly_good = fairly_good + (new.status = 'graduated' AND new.band IS 'fairly-good'),
    average = average + (new.status = 'graduated' AND new.band IS 'average')
  WHERE class_id = new.class_id;
END;
