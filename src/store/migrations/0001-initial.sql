-- Cohort schema, level 1: the domain model and its reference data.
-- Dates are ISO text (yyyy-mm-dd, or yyyy when only the year is known).
-- Enumerations are stored as stable English words, checked here.

PRAGMA application_id = 1131374706;  -- 'Cohr'

-- Reference data ---------------------------------------------------------

CREATE TABLE vn_province (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('province', 'city')),
  valid_from  TEXT,            -- NULL: before records began
  valid_to    TEXT             -- NULL: still exists
);

CREATE TABLE vn_province_merge (
  old_id     INTEGER NOT NULL REFERENCES vn_province (id),
  new_id     INTEGER NOT NULL REFERENCES vn_province (id),
  effective  TEXT NOT NULL DEFAULT '2025-07-01',
  PRIMARY KEY (old_id, new_id)
);

CREATE TABLE lao_province (
  code     TEXT PRIMARY KEY,
  name_lo  TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  iso      TEXT NOT NULL UNIQUE,
  name_vi  TEXT NOT NULL        -- editable: Vietnamese usage varies
);

CREATE TABLE ethnicity (
  code           TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  official       INTEGER NOT NULL DEFAULT 1,   -- one of the 54 groups
  code_verified  INTEGER NOT NULL DEFAULT 0    -- code checked against QĐ 1019/QĐ-TCTK
);

CREATE TABLE religion (
  code  TEXT PRIMARY KEY,
  name  TEXT NOT NULL
);

CREATE TABLE program_type (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  short_name  TEXT NOT NULL,
  credential  TEXT NOT NULL CHECK (credential IN ('diploma', 'certificate', 'completion', 'none', 'unknown')),
  graded      INTEGER NOT NULL DEFAULT 0,
  has_thesis  INTEGER NOT NULL DEFAULT 0,
  lao         INTEGER NOT NULL DEFAULT 0,
  sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE program_version (
  id              INTEGER PRIMARY KEY,
  program_type    TEXT NOT NULL REFERENCES program_type (code),
  regulation_ref  TEXT,
  valid_from      TEXT,
  total_periods   INTEGER
);

CREATE TABLE module (
  id                  INTEGER PRIMARY KEY,
  program_version_id  INTEGER NOT NULL REFERENCES program_version (id) ON DELETE CASCADE,
  part_no             INTEGER,
  order_no            INTEGER NOT NULL,
  name                TEXT NOT NULL,
  periods             INTEGER,
  assessed            INTEGER NOT NULL DEFAULT 1
);

-- Grade bands and rule parameters are data the office sets: the thresholds of
-- QĐ 6468 were not available when Cohort was written.
CREATE TABLE grade_band (
  program_version_id  INTEGER NOT NULL REFERENCES program_version (id) ON DELETE CASCADE,
  label               TEXT NOT NULL CHECK (label IN ('excellent', 'very-good', 'good', 'fairly-good', 'average', 'fail')),
  min_score           REAL NOT NULL CHECK (min_score BETWEEN 0 AND 10),
  max_score_excl      REAL CHECK (max_score_excl BETWEEN 0 AND 10.01),
  PRIMARY KEY (program_version_id, label)
);

CREATE TABLE rule_param (
  program_version_id  INTEGER NOT NULL REFERENCES program_version (id) ON DELETE CASCADE,
  key                 TEXT NOT NULL,
  value               TEXT,
  PRIMARY KEY (program_version_id, key)
);

-- Organisation -----------------------------------------------------------

CREATE TABLE org_unit (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  short_code         TEXT,
  kind               TEXT NOT NULL CHECK (kind IN ('school', 'district-centre', 'partner-school', 'other')),
  parent_id          INTEGER REFERENCES org_unit (id),
  vn_province_id     INTEGER REFERENCES vn_province (id),
  lao_province_code  TEXT REFERENCES lao_province (code),
  valid_from         TEXT,
  valid_to           TEXT,
  successor_id       INTEGER REFERENCES org_unit (id)
);

-- Classes, people, enrolments ---------------------------------------------

CREATE TABLE class (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL,
  year                INTEGER NOT NULL,
  program_type        TEXT NOT NULL REFERENCES program_type (code),
  program_version_id  INTEGER REFERENCES program_version (id),
  org_unit_id         INTEGER NOT NULL REFERENCES org_unit (id),
  host_location       TEXT,
  mode                TEXT NOT NULL DEFAULT 'full-time' CHECK (mode IN ('full-time', 'part-time')),
  course_no           INTEGER,
  lao_province_code   TEXT REFERENCES lao_province (code),
  level               TEXT NOT NULL DEFAULT 'unknown' CHECK (level IN ('unknown', 'province', 'district', 'commune')),
  start_date          TEXT,
  end_date            TEXT,
  planned_size        INTEGER CHECK (planned_size IS NULL OR planned_size > 0),
  status              TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'finished')),
  plan_id             INTEGER REFERENCES plan (id),
  fold_code           TEXT NOT NULL,
  UNIQUE (code, year),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX class_year ON class (year, program_type);
CREATE INDEX class_org_unit ON class (org_unit_id);

CREATE TABLE person (
  id                   INTEGER PRIMARY KEY,
  name_order           TEXT NOT NULL DEFAULT 'vi' CHECK (name_order IN ('vi', 'lo')),
  family_name          TEXT,
  middle_name          TEXT,
  given_name           TEXT NOT NULL,
  lao_family_name      TEXT,
  lao_given_name       TEXT,
  latin_name           TEXT,
  birth_date           TEXT,
  gender               TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('unknown', 'male', 'female')),
  ethnicity            TEXT REFERENCES ethnicity (code),
  religion             TEXT REFERENCES religion (code),
  nationality          TEXT NOT NULL DEFAULT 'VN',
  hometown             TEXT,
  hometown_province_id INTEGER REFERENCES vn_province (id),
  lao_province         TEXT REFERENCES lao_province (code),
  unit                 TEXT,
  position             TEXT,
  level                TEXT NOT NULL DEFAULT 'unknown' CHECK (level IN ('unknown', 'province', 'district', 'commune')),
  party_join_date      TEXT,
  party_official_date  TEXT,
  education            TEXT,
  professional         TEXT,
  llct_level           TEXT,
  qlnn_level           TEXT,
  id_number            TEXT,
  passport_number      TEXT,
  phone                TEXT,
  -- Computed once on write by Cohort (see cohort-person.c).
  sort_key             BLOB NOT NULL,
  search_text          TEXT NOT NULL
);
CREATE INDEX person_sort ON person (sort_key);
CREATE INDEX person_id_number ON person (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX person_lao ON person (lao_province) WHERE lao_province IS NOT NULL;

-- Folded search: the folded text is indexed as words (prefix queries); Lao
-- vowel and tone marks are declared part of words.
CREATE VIRTUAL TABLE person_fts USING fts5 (
  search_text,
  content = 'person',
  content_rowid = 'id',
  prefix = '1 2 3',
  tokenize = "unicode61 remove_diacritics 0 tokenchars 'ັິີຶືຸູົຼ່້໊໋໌ໍ'"
);

CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
  INSERT INTO person_fts (person_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER person_fts_update AFTER UPDATE OF search_text ON person BEGIN
  INSERT INTO person_fts (person_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO person_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE enrolment (
  id              INTEGER PRIMARY KEY,
  class_id        INTEGER NOT NULL REFERENCES class (id) ON DELETE CASCADE,
  person_id       INTEGER NOT NULL REFERENCES person (id),
  roster_no       INTEGER,
  status          TEXT NOT NULL DEFAULT 'studying'
                  CHECK (status IN ('studying', 'deferred', 'withdrawn', 'graduated', 'not-graduated')),
  conduct_rating  TEXT,
  final_score     REAL CHECK (final_score IS NULL OR final_score BETWEEN 0 AND 10),
  band            TEXT CHECK (band IS NULL OR band IN ('excellent', 'very-good', 'good', 'fairly-good', 'average', 'fail')),
  thesis_title    TEXT,
  thesis_score    REAL CHECK (thesis_score IS NULL OR thesis_score BETWEEN 0 AND 10),
  commended       INTEGER NOT NULL DEFAULT 0,
  UNIQUE (class_id, person_id)
);
CREATE INDEX enrolment_person ON enrolment (person_id);

CREATE TABLE module_result (
  enrolment_id    INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
  module_id       INTEGER NOT NULL REFERENCES module (id),
  attempt         INTEGER NOT NULL DEFAULT 1,
  score           REAL CHECK (score IS NULL OR score BETWEEN 0 AND 10),
  absent_periods  INTEGER NOT NULL DEFAULT 0,
  eligible        INTEGER NOT NULL DEFAULT 1,
  note            TEXT,
  PRIMARY KEY (enrolment_id, module_id, attempt)
);

CREATE TABLE language_check (
  id            INTEGER PRIMARY KEY,
  enrolment_id  INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
  check_date    TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('entry', 'midterm', 'final')),
  score         REAL CHECK (score IS NULL OR score BETWEEN 0 AND 10),
  passed        INTEGER
);

CREATE TABLE document (
  id                INTEGER PRIMARY KEY,
  org_unit_id       INTEGER NOT NULL REFERENCES org_unit (id),
  doc_type          TEXT NOT NULL,
  series            TEXT NOT NULL,
  number            INTEGER NOT NULL,
  symbol            TEXT NOT NULL,
  year              INTEGER NOT NULL,
  issue_place       TEXT,
  issue_date        TEXT,
  summary           TEXT,
  signer_authority  TEXT CHECK (signer_authority IN ('TM', 'KT', 'TL', 'TUQ', 'Q', '')),
  signer_position   TEXT,
  signer_name       TEXT,
  recipients        TEXT,
  UNIQUE (org_unit_id, year, series, number)
);

CREATE TABLE credential (
  id               INTEGER PRIMARY KEY,
  enrolment_id     INTEGER NOT NULL REFERENCES enrolment (id),
  kind             TEXT NOT NULL CHECK (kind IN ('diploma', 'certificate', 'completion')),
  serial_no        TEXT,
  register_no      TEXT,
  issue_date       TEXT,
  signer_name      TEXT,
  decision_doc_id  INTEGER REFERENCES document (id),
  reissue_of       INTEGER REFERENCES credential (id)
);

CREATE TABLE plan (
  id                INTEGER PRIMARY KEY,
  year              INTEGER NOT NULL,
  org_unit_id       INTEGER NOT NULL REFERENCES org_unit (id),
  program_type      TEXT NOT NULL REFERENCES program_type (code),
  level             TEXT NOT NULL DEFAULT 'unknown' CHECK (level IN ('unknown', 'province', 'district', 'commune')),
  planned_classes   INTEGER NOT NULL DEFAULT 0 CHECK (planned_classes >= 0),
  planned_students  INTEGER NOT NULL DEFAULT 0 CHECK (planned_students >= 0),
  UNIQUE (year, org_unit_id, program_type, level)
);

CREATE TABLE post_training_eval (
  id            INTEGER PRIMARY KEY,
  enrolment_id  INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
  eval_date     TEXT NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('appointed', 'planned', 'unchanged', 'transferred', 'left')),
  new_position  TEXT,
  rating        TEXT,
  source        TEXT
);

-- Every change to a person, class or enrolment: when, what, old → new (JSON).
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  entity     TEXT NOT NULL CHECK (entity IN ('person', 'class', 'enrolment', 'plan', 'org_unit')),
  entity_id  INTEGER NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  old_value  TEXT,
  new_value  TEXT
);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);

-- Settings the office keeps with its data (document header lines, signers).
CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT
);

-- Reference data ---------------------------------------------------------

-- Vietnam's provincial units: 11 unchanged, 52 that merged on 1 July 2025 into 23 new units
-- (NQ 60-NQ/TW, National Assembly resolution of 12/6/2025). Valid on 2025-06-30: 63; from 2025-07-01: 34.
INSERT INTO vn_province (id, name, kind, valid_from, valid_to) VALUES
  (1, 'Hà Nội', 'city', NULL, NULL),
  (2, 'Huế', 'city', NULL, NULL),
  (3, 'Lai Châu', 'province', NULL, NULL),
  (4, 'Điện Biên', 'province', NULL, NULL),
  (5, 'Sơn La', 'province', NULL, NULL),
  (6, 'Lạng Sơn', 'province', NULL, NULL),
  (7, 'Quảng Ninh', 'province', NULL, NULL),
  (8, 'Thanh Hóa', 'province', NULL, NULL),
  (9, 'Nghệ An', 'province', NULL, NULL),
  (10, 'Hà Tĩnh', 'province', NULL, NULL),
  (11, 'Cao Bằng', 'province', NULL, NULL),
  (12, 'Hà Giang', 'province', NULL, '2025-06-30'),
  (13, 'Tuyên Quang', 'province', NULL, '2025-06-30'),
  (14, 'Yên Bái', 'province', NULL, '2025-06-30'),
  (15, 'Lào Cai', 'province', NULL, '2025-06-30'),
  (16, 'Bắc Kạn', 'province', NULL, '2025-06-30'),
  (17, 'Thái Nguyên', 'province', NULL, '2025-06-30'),
  (18, 'Vĩnh Phúc', 'province', NULL, '2025-06-30'),
  (19, 'Hòa Bình', 'province', NULL, '2025-06-30'),
  (20, 'Phú Thọ', 'province', NULL, '2025-06-30'),
  (21, 'Bắc Giang', 'province', NULL, '2025-06-30'),
  (22, 'Bắc Ninh', 'province', NULL, '2025-06-30'),
  (23, 'Thái Bình', 'province', NULL, '2025-06-30'),
  (24, 'Hưng Yên', 'province', NULL, '2025-06-30'),
  (25, 'Hải Dương', 'province', NULL, '2025-06-30'),
  (26, 'Hải Phòng', 'city', NULL, '2025-06-30'),
  (27, 'Hà Nam', 'province', NULL, '2025-06-30'),
  (28, 'Nam Định', 'province', NULL, '2025-06-30'),
  (29, 'Ninh Bình', 'province', NULL, '2025-06-30'),
  (30, 'Quảng Bình', 'province', NULL, '2025-06-30'),
  (31, 'Quảng Trị', 'province', NULL, '2025-06-30'),
  (32, 'Quảng Nam', 'province', NULL, '2025-06-30'),
  (33, 'Đà Nẵng', 'city', NULL, '2025-06-30'),
  (34, 'Kon Tum', 'province', NULL, '2025-06-30'),
  (35, 'Quảng Ngãi', 'province', NULL, '2025-06-30'),
  (36, 'Bình Định', 'province', NULL, '2025-06-30'),
  (37, 'Gia Lai', 'province', NULL, '2025-06-30'),
  (38, 'Ninh Thuận', 'province', NULL, '2025-06-30'),
  (39, 'Khánh Hòa', 'province', NULL, '2025-06-30'),
  (40, 'Đắk Nông', 'province', NULL, '2025-06-30'),
  (41, 'Bình Thuận', 'province', NULL, '2025-06-30'),
  (42, 'Lâm Đồng', 'province', NULL, '2025-06-30'),
  (43, 'Phú Yên', 'province', NULL, '2025-06-30'),
  (44, 'Đắk Lắk', 'province', NULL, '2025-06-30'),
  (45, 'Bình Dương', 'province', NULL, '2025-06-30'),
  (46, 'Bà Rịa - Vũng Tàu', 'province', NULL, '2025-06-30'),
  (47, 'Hồ Chí Minh', 'city', NULL, '2025-06-30'),
  (48, 'Bình Phước', 'province', NULL, '2025-06-30'),
  (49, 'Đồng Nai', 'province', NULL, '2025-06-30'),
  (50, 'Long An', 'province', NULL, '2025-06-30'),
  (51, 'Tây Ninh', 'province', NULL, '2025-06-30'),
  (52, 'Sóc Trăng', 'province', NULL, '2025-06-30'),
  (53, 'Hậu Giang', 'province', NULL, '2025-06-30'),
  (54, 'Cần Thơ', 'city', NULL, '2025-06-30'),
  (55, 'Bến Tre', 'province', NULL, '2025-06-30'),
  (56, 'Trà Vinh', 'province', NULL, '2025-06-30'),
  (57, 'Vĩnh Long', 'province', NULL, '2025-06-30'),
  (58, 'Tiền Giang', 'province', NULL, '2025-06-30'),
  (59, 'Đồng Tháp', 'province', NULL, '2025-06-30'),
  (60, 'Bạc Liêu', 'province', NULL, '2025-06-30'),
  (61, 'Cà Mau', 'province', NULL, '2025-06-30'),
  (62, 'Kiên Giang', 'province', NULL, '2025-06-30'),
  (63, 'An Giang', 'province', NULL, '2025-06-30'),
  (64, 'Tuyên Quang', 'province', '2025-07-01', NULL),
  (65, 'Lào Cai', 'province', '2025-07-01', NULL),
  (66, 'Thái Nguyên', 'province', '2025-07-01', NULL),
  (67, 'Phú Thọ', 'province', '2025-07-01', NULL),
  (68, 'Bắc Ninh', 'province', '2025-07-01', NULL),
  (69, 'Hưng Yên', 'province', '2025-07-01', NULL),
  (70, 'Hải Phòng', 'city', '2025-07-01', NULL),
  (71, 'Ninh Bình', 'province', '2025-07-01', NULL),
  (72, 'Quảng Trị', 'province', '2025-07-01', NULL),
  (73, 'Đà Nẵng', 'city', '2025-07-01', NULL),
  (74, 'Quảng Ngãi', 'province', '2025-07-01', NULL),
  (75, 'Gia Lai', 'province', '2025-07-01', NULL),
  (76, 'Khánh Hòa', 'province', '2025-07-01', NULL),
  (77, 'Lâm Đồng', 'province', '2025-07-01', NULL),
  (78, 'Đắk Lắk', 'province', '2025-07-01', NULL),
  (79, 'Hồ Chí Minh', 'city', '2025-07-01', NULL),
  (80, 'Đồng Nai', 'province', '2025-07-01', NULL),
  (81, 'Tây Ninh', 'province', '2025-07-01', NULL),
  (82, 'Cần Thơ', 'city', '2025-07-01', NULL),
  (83, 'Vĩnh Long', 'province', '2025-07-01', NULL),
  (84, 'Đồng Tháp', 'province', '2025-07-01', NULL),
  (85, 'Cà Mau', 'province', '2025-07-01', NULL),
  (86, 'An Giang', 'province', '2025-07-01', NULL);
INSERT INTO vn_province_merge (old_id, new_id) VALUES
  (12, 64),
  (13, 64),
  (14, 65),
  (15, 65),
  (16, 66),
  (17, 66),
  (18, 67),
  (19, 67),
  (20, 67),
  (21, 68),
  (22, 68),
  (23, 69),
  (24, 69),
  (25, 70),
  (26, 70),
  (27, 71),
  (28, 71),
  (29, 71),
  (30, 72),
  (31, 72),
  (32, 73),
  (33, 73),
  (34, 74),
  (35, 74),
  (36, 75),
  (37, 75),
  (38, 76),
  (39, 76),
  (40, 77),
  (41, 77),
  (42, 77),
  (43, 78),
  (44, 78),
  (45, 79),
  (46, 79),
  (47, 79),
  (48, 80),
  (49, 80),
  (50, 81),
  (51, 81),
  (52, 82),
  (53, 82),
  (54, 82),
  (55, 83),
  (56, 83),
  (57, 83),
  (58, 84),
  (59, 84),
  (60, 85),
  (61, 85),
  (62, 86),
  (63, 86);

-- The 18 Lao provinces (codes as in Lao administrative data; ISO 3166-2:LA).
INSERT INTO lao_province (code, name_lo, name_en, iso, name_vi) VALUES
  ('01', 'ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital', 'LA-VT', 'Thủ đô Viêng Chăn'),
  ('02', 'ຜົ້ງສາລີ', 'Phongsaly', 'LA-PH', 'Phông Sa Lỳ'),
  ('03', 'ຫຼວງນ້ຳທາ', 'Luang Namtha', 'LA-LM', 'Luông Nậm Thà'),
  ('04', 'ອຸດົມໄຊ', 'Oudomxay', 'LA-OU', 'U Đôm Xay'),
  ('05', 'ບໍ່ແກ້ວ', 'Bokeo', 'LA-BK', 'Bò Kẹo'),
  ('06', 'ຫຼວງພະບາງ', 'Luang Prabang', 'LA-LP', 'Luông Pha Băng'),
  ('07', 'ຫົວພັນ', 'Houaphanh', 'LA-HO', 'Hủa Phăn'),
  ('08', 'ໄຊຍະບູລີ', 'Xayabury', 'LA-XA', 'Xay Nha Bu Ly'),
  ('09', 'ຊຽງຂວາງ', 'Xiengkhuang', 'LA-XI', 'Xiêng Khoảng'),
  ('10', 'ວຽງຈັນ', 'Vientiane Province', 'LA-VI', 'Viêng Chăn'),
  ('11', 'ບໍລິຄຳໄຊ', 'Bolikhamxay', 'LA-BL', 'Bô Ly Khăm Xay'),
  ('12', 'ຄຳມ່ວນ', 'Khammouane', 'LA-KH', 'Khăm Muộn'),
  ('13', 'ສະຫວັນນະເຂດ', 'Savannakhet', 'LA-SV', 'Savannakhet'),
  ('14', 'ສາລະວັນ', 'Salavan', 'LA-SL', 'Salavan'),
  ('15', 'ເຊກອງ', 'Sekong', 'LA-XE', 'Sê Kông'),
  ('16', 'ຈຳປາສັກ', 'Champasak', 'LA-CH', 'Champasak'),
  ('17', 'ອັດຕະປື', 'Attapeu', 'LA-AT', 'Át Tạ Pư'),
  ('18', 'ໄຊສົມບູນ', 'Xaisomboun', 'LA-XS', 'Xay Xổm Bun');

-- The 54 ethnic groups. Codes 01–20 from QĐ 1019/QĐ-TCTK (2008); 21–54 are in Cohort's own order,
-- not verified against the statistics office. '99' is for foreign nationals (ethnicity is not nationality).
INSERT INTO ethnicity (code, name, official, code_verified) VALUES
  ('01', 'Kinh', 1, 1),
  ('02', 'Tày', 1, 1),
  ('03', 'Thái', 1, 1),
  ('04', 'Mường', 1, 1),
  ('05', 'Khmer', 1, 1),
  ('06', 'Hoa', 1, 1),
  ('07', 'Nùng', 1, 1),
  ('08', 'Mông', 1, 1),
  ('09', 'Dao', 1, 1),
  ('10', 'Gia Rai', 1, 1),
  ('11', 'Ê Đê', 1, 1),
  ('12', 'Ba Na', 1, 1),
  ('13', 'Sán Chay', 1, 1),
  ('14', 'Chăm', 1, 1),
  ('15', 'Cơ Ho', 1, 1),
  ('16', 'Xơ Đăng', 1, 1),
  ('17', 'Sán Dìu', 1, 1),
  ('18', 'Hrê', 1, 1),
  ('19', 'Raglay', 1, 1),
  ('20', 'Mnông', 1, 1),
  ('21', 'Thổ', 1, 0),
  ('22', 'Xtiêng', 1, 0),
  ('23', 'Khơ Mú', 1, 0),
  ('24', 'Bru-Vân Kiều', 1, 0),
  ('25', 'Cơ Tu', 1, 0),
  ('26', 'Giáy', 1, 0),
  ('27', 'Tà Ôi', 1, 0),
  ('28', 'Mạ', 1, 0),
  ('29', 'Giẻ-Triêng', 1, 0),
  ('30', 'Co', 1, 0),
  ('31', 'Chơ Ro', 1, 0),
  ('32', 'Xinh Mun', 1, 0),
  ('33', 'Hà Nhì', 1, 0),
  ('34', 'Chu Ru', 1, 0),
  ('35', 'Lào', 1, 0),
  ('36', 'Kháng', 1, 0),
  ('37', 'La Chí', 1, 0),
  ('38', 'Phù Lá', 1, 0),
  ('39', 'La Hủ', 1, 0),
  ('40', 'La Ha', 1, 0),
  ('41', 'Pà Thẻn', 1, 0),
  ('42', 'Lự', 1, 0),
  ('43', 'Ngái', 1, 0),
  ('44', 'Chứt', 1, 0),
  ('45', 'Lô Lô', 1, 0),
  ('46', 'Mảng', 1, 0),
  ('47', 'Cơ Lao', 1, 0),
  ('48', 'Bố Y', 1, 0),
  ('49', 'Cống', 1, 0),
  ('50', 'Si La', 1, 0),
  ('51', 'Pu Péo', 1, 0),
  ('52', 'Rơ Măm', 1, 0),
  ('53', 'Brâu', 1, 0),
  ('54', 'Ơ Đu', 1, 0),
  ('99', 'Người nước ngoài', 0, 0);

INSERT INTO religion (code, name) VALUES
  ('00', 'Không'),
  ('01', 'Phật giáo'),
  ('02', 'Công giáo'),
  ('03', 'Tin Lành'),
  ('04', 'Cao Đài'),
  ('05', 'Phật giáo Hòa Hảo'),
  ('06', 'Hồi giáo'),
  ('99', 'Khác');

-- Program types (credential 'unknown' where no source says what is issued).
INSERT INTO program_type (code, name, short_name, credential, graded, has_thesis, lao, sort_order) VALUES
  ('TCLLCT', 'Trung cấp lý luận chính trị', 'Trung cấp LLCT', 'diploma', 1, 1, 0, 1),
  ('TCLLCT_LAO', 'Trung cấp lý luận chính trị - hành chính cho cán bộ Lào', 'Trung cấp LLCT-HC (Lào)', 'diploma', 1, 1, 1, 2),
  ('SCLLCT', 'Sơ cấp lý luận chính trị', 'Sơ cấp LLCT', 'completion', 0, 0, 0, 3),
  ('BD_LDQL_PHONG', 'Bồi dưỡng lãnh đạo, quản lý cấp phòng', 'Bồi dưỡng cấp phòng', 'unknown', 0, 0, 0, 4),
  ('BD_DT4', 'Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4', 'Quốc phòng - an ninh ĐT4', 'certificate', 0, 0, 0, 5),
  ('BD_DVM', 'Bồi dưỡng lý luận chính trị cho đảng viên mới', 'Đảng viên mới', 'certificate', 0, 0, 0, 6),
  ('BD_NTVD', 'Bồi dưỡng nhận thức về Đảng', 'Nhận thức về Đảng', 'certificate', 0, 0, 0, 7),
  ('BD_CNKT', 'Cập nhật kiến thức (Quy định 164-QĐ/TW)', 'Cập nhật kiến thức', 'unknown', 0, 0, 0, 8),
  ('BD_NGACH', 'Bồi dưỡng ngạch chuyên viên, chuyên viên chính', 'Bồi dưỡng ngạch', 'certificate', 1, 0, 0, 9);
INSERT INTO program_version (id, program_type, regulation_ref, valid_from, total_periods) VALUES
  (1, 'TCLLCT', '6468-QĐ/HVCTQG', '2022-01-01', NULL),
  (2, 'TCLLCT_LAO', '6468-QĐ/HVCTQG', '2022-01-01', 1056),
  (3, 'SCLLCT', NULL, NULL, NULL),
  (4, 'BD_LDQL_PHONG', NULL, NULL, NULL),
  (5, 'BD_DT4', '172/2020/TT-BQP', '2020-01-01', NULL),
  (6, 'BD_DVM', NULL, NULL, NULL),
  (7, 'BD_NTVD', NULL, NULL, NULL),
  (8, 'BD_CNKT', '164-QĐ/TW', '2013-01-01', NULL),
  (9, 'BD_NGACH', '101/2017/NĐ-CP', '2017-09-01', NULL);
