-- Looking up a possible duplicate by date of birth, and the classes of a
-- host, without scanning every person.
CREATE INDEX person_birth_date ON person (birth_date) WHERE birth_date IS NOT NULL;
CREATE INDEX enrolment_class ON enrolment (class_id, roster_no);
