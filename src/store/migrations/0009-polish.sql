-- The Students page filters in SQL beside the search: people by the province
-- their hometown names (hometown_province (), a function of Cohort's store,
-- finds it in the free text: 63 provinces before 01/07/2025), and by the
-- level of cadres, each on an index in roster order. Year of birth uses
-- person_birth_date (migration 0002).
CREATE INDEX IF NOT EXISTS person_hometown_province ON person (hometown_province (hometown), sort_key);
CREATE INDEX IF NOT EXISTS person_level ON person (level, sort_key);
