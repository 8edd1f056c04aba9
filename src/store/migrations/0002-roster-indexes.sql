-- Looking up a possible duplicate by date of birth, the next roster number of
-- a class, and every sortable column of the Students directory in index order
-- (blank values last, then roster order), without sorting 250,000 rows.
CREATE INDEX person_birth_date ON person ((birth_date IS NULL), birth_date, sort_key);
CREATE INDEX person_gender ON person (gender, sort_key);
CREATE INDEX person_position ON person ((position IS NULL), position COLLATE vi, sort_key);
CREATE INDEX person_unit ON person ((unit IS NULL), unit COLLATE vi, sort_key);
CREATE INDEX enrolment_class ON enrolment (class_id, roster_no);
