-- Imports are recorded so that one can be undone, and agency lists that name
-- ethnic groups by their other names are understood.

-- Every import: the file, when, the class it enrolled people in, and counts.
-- Written in the transaction of the import itself; an undone import stays,
-- marked with the time it was undone.
CREATE TABLE import_batch (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  file_name   TEXT NOT NULL,             -- the base name of the file read
  sheet       TEXT,                      -- NULL for CSV
  format      TEXT,                      -- "XLSX", "CSV (TCVN3 (ABC))", …
  class_id    INTEGER REFERENCES class (id) ON DELETE SET NULL,
  n_rows      INTEGER NOT NULL DEFAULT 0,   -- rows of people in the file
  n_created   INTEGER NOT NULL DEFAULT 0,
  n_linked    INTEGER NOT NULL DEFAULT 0,
  n_enrolled  INTEGER NOT NULL DEFAULT 0,
  n_left_out  INTEGER NOT NULL DEFAULT 0,
  audit_to    INTEGER NOT NULL DEFAULT 0,   -- the last audit_log row the import wrote
  undone_at   TEXT
);

-- The people an import created (created = 1) or found already in Cohort and
-- linked (created = 0). No foreign key: a person may later be merged away,
-- which is exactly what blocks an undo.
CREATE TABLE import_person (
  import_id  INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL,
  created    INTEGER NOT NULL CHECK (created IN (0, 1)),
  PRIMARY KEY (import_id, person_id)
) WITHOUT ROWID;
CREATE INDEX import_person_person ON import_person (person_id);

-- The enrolments an import made.
CREATE TABLE import_enrolment (
  import_id     INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  enrolment_id  INTEGER NOT NULL,
  PRIMARY KEY (import_id, enrolment_id)
) WITHOUT ROWID;

-- An ethnic group as a list wrote it, when Cohort could not tell which of the
-- 54 it is: kept on the person until someone chooses the group.
ALTER TABLE person ADD COLUMN ethnicity_text TEXT;

-- Other names of the ethnic groups, as lists still write them. Matched folded
-- (accents, case, spaces, hyphens and apostrophes aside); the official name
-- of a group always wins over an other name. An ambiguous name (ambiguous = 1)
-- stands for several groups: a list that writes it alone is not mapped, and
-- the person keeps the text. Sources:
--   1979: QĐ 121-TCTK/PPCĐ, 02/3/1979, “Danh mục các thành phần dân tộc Việt Nam”, column “Các tên
--         gọi khác” (cucthongke.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=112&cat=20)
--   2008: QĐ 1019/QĐ-TCTK, 12/11/2008, Phụ lục E, column “Tên khác”
--         (qcvn109.gov.vn/noi-dung/phu-luc-e-tham-khao-danh-muc-dan-toc-viet-nam.html)
--   vnat: Tổng cục Du lịch, “54 dân tộc” (vietnamtourism.vn/index.php/about/cat/0115)
--   wiki: vi.wikipedia.org “Các dân tộc tại Việt Nam” (Jrai, H'Mông, Ra Glai)
--   latin: the usual Latin spelling of a name the 1979 list gives (said in the note)
CREATE TABLE ethnicity_alias (
  alias      TEXT NOT NULL,
  code       TEXT NOT NULL REFERENCES ethnicity (code),
  ambiguous  INTEGER NOT NULL DEFAULT 0 CHECK (ambiguous IN (0, 1)),
  source     TEXT NOT NULL,
  note       TEXT,
  PRIMARY KEY (alias, code)
);

INSERT INTO ethnicity_alias (alias, code, ambiguous, source, note) VALUES
  ('Việt', '01', 0, '1979', 'Kinh (Việt)'),
  ('Thổ', '02', 1, '2008', 'Tày: Thổ is an other name of Tày in the 2008 list; Thổ is also an official group'),
  ('Ngạn', '02', 0, '1979', NULL),
  ('Phén', '02', 0, '1979', NULL),
  ('Thù Lao', '02', 0, '1979', NULL),
  ('Pa Dí', '02', 0, '1979', NULL),
  ('Tày Khao', '03', 0, '2008', 'Thái Trắng'),
  ('Thái Trắng', '03', 0, '2008', NULL),
  ('Tày Đăm', '03', 0, '2008', 'Thái Đen'),
  ('Thái Đen', '03', 0, '2008', NULL),
  ('Tày Mười', '03', 0, '2008', NULL),
  ('Tày Thanh', '03', 0, '2008', NULL),
  ('Man Thanh', '03', 0, '2008', NULL),
  ('Hàng Tổng', '03', 0, '2008', NULL),
  ('Pa Thay', '03', 0, '2008', NULL),
  ('Thổ Đà Bắc', '03', 0, '2008', NULL),
  ('Mol', '04', 0, '2008', NULL),
  ('Mual', '04', 0, '2008', NULL),
  ('Mọi Bi', '04', 0, '2008', NULL),
  ('Ao Tá', '04', 0, '2008', NULL),
  ('Khơ Me', '05', 0, '2008', NULL),
  ('Khơ Me Krôm', '05', 0, '2008', NULL),
  ('Việt gốc Miên', '05', 0, '1979', NULL),
  ('Thổ', '05', 1, '1979', 'Khmer: Thổ is an other name of Khơ-me in the 1979 list; Thổ is also an official group'),
  ('Hán', '06', 0, '1979', 'Hoa (Hán)'),
  ('Triều Châu', '06', 0, '1979', NULL),
  ('Phúc Kiến', '06', 0, '1979', NULL),
  ('Quảng Đông', '06', 0, '1979', NULL),
  ('Hải Nam', '06', 0, '1979', NULL),
  ('Xạ Phạng', '06', 0, '1979', NULL),
  ('Minh Hương', '06', 0, '2008', NULL),
  ('Nùng An', '07', 0, '1979', NULL),
  ('Nùng Cháo', '07', 0, '1979', NULL),
  ('Nùng Lòi', '07', 0, '1979', NULL),
  ('Nùng Giang', '07', 0, '2008', NULL),
  ('Nùng Xuồng', '07', 0, '2008', NULL),
  ('Khèn Lài', '07', 0, '1979', NULL),
  ('H''Mông', '08', 0, '2008', 'H''mông (Mèo); also wiki'),
  ('Hmông', '08', 0, '1979', 'HMông (Mèo)'),
  ('Hmong', '08', 0, 'latin', 'Latin spelling of HMông'),
  ('Mèo', '08', 0, '1979', NULL),
  ('Mẹo', '08', 0, '1979', NULL),
  ('Mèo Hoa', '08', 0, '1979', NULL),
  ('Mèo Xanh', '08', 0, '1979', NULL),
  ('Mèo Đỏ', '08', 0, '1979', NULL),
  ('Mèo Đen', '08', 0, '1979', NULL),
  ('Ná Mẻo', '08', 0, '1979', NULL),
  ('Mán Trắng', '08', 0, '1979', NULL),
  ('Mán', '09', 0, '1979', 'Dao; Mán Cao Lan is Sán Chay, Mán Trắng is Mông, Mán Quần Cộc is Sán Dìu'),
  ('Dao Đỏ', '09', 0, '1979', NULL),
  ('Dao Tiền', '09', 0, '1979', NULL),
  ('Dao Quần Trắng', '09', 0, '2008', NULL),
  ('Quần Chẹt', '09', 0, '1979', NULL),
  ('Thanh Y', '09', 0, '1979', NULL),
  ('Lan Tẻn', '09', 0, '1979', NULL),
  ('Xá', '09', 1, '1979', 'Dao; Xá is also the old name of several Mon-Khmer groups of the North-West'),
  ('Giơ Rai', '10', 0, '1979', NULL),
  ('Jrai', '10', 0, 'wiki', NULL),
  ('Jarai', '10', 0, 'latin', 'Latin spelling of Giơ-rai'),
  ('Chơ Rai', '10', 0, '1979', NULL),
  ('Tơ Buăn', '10', 0, '1979', NULL),
  ('Ra Đê', '11', 0, '1979', NULL),
  ('Rhađê', '11', 0, 'latin', 'Latin spelling of Ra-đê'),
  ('Rhade', '11', 0, 'latin', 'Latin spelling of Ra-đê'),
  ('Êđê', '11', 0, '2008', 'Ê-đê'),
  ('Bahnar', '12', 0, 'latin', 'Latin spelling of Ba-na'),
  ('Gơ Lar', '12', 0, '1979', NULL),
  ('Tơ Lô', '12', 0, '1979', NULL),
  ('Rơ Ngao', '12', 0, '1979', NULL),
  ('Cao Lan', '13', 0, '2008', NULL),
  ('Mán Cao Lan', '13', 0, '2008', NULL),
  ('Sán Chỉ', '13', 0, '2008', NULL),
  ('Cao Lan Sán Chỉ', '13', 0, '2008', 'Sán Chay (Cao Lan-Sán Chỉ)'),
  ('Hờn Bạn', '13', 0, '2008', NULL),
  ('Chàm', '14', 0, 'vnat', NULL),
  ('Chiêm Thành', '14', 0, 'vnat', NULL),
  ('Chăm Hroi', '14', 0, '2008', NULL),
  ('Hroi', '14', 0, 'vnat', NULL),
  ('K''Ho', '15', 0, 'latin', 'Latin spelling of Cơ-ho'),
  ('Koho', '15', 0, 'latin', 'Latin spelling of Cơ-ho'),
  ('Xrê', '15', 0, '2008', NULL),
  ('Cơ Don', '15', 0, '2008', NULL),
  ('Xơ Teng', '16', 0, '2008', NULL),
  ('Sedang', '16', 0, 'latin', 'Latin spelling of Xơ-đăng'),
  ('Ca Dong', '16', 0, '2008', NULL),
  ('Hà Lăng', '16', 0, '2008', NULL),
  ('Sán Dẻo', '17', 0, '2008', NULL),
  ('Trại Đất', '17', 0, '2008', NULL),
  ('Mán Quần Cộc', '17', 0, '2008', NULL),
  ('Chăm Rê', '18', 0, '2008', NULL),
  ('Ra Glai', '19', 0, 'wiki', NULL),
  ('Raglai', '19', 0, 'wiki', NULL),
  ('Ra Clây', '19', 0, '2008', NULL),
  ('M''Nông', '20', 0, 'latin', 'Latin spelling of Mnông'),
  ('Pnông', '20', 0, '2008', NULL),
  ('Mnông Gar', '20', 0, '2008', NULL),
  ('Stiêng', '22', 0, 'latin', 'Latin spelling of Xtiêng'),
  ('Stieng', '22', 0, 'latin', 'Latin spelling of Xtiêng'),
  ('Xa Điêng', '22', 0, '1979', NULL),
  ('Khơ Mú', '23', 0, '1979', NULL),
  ('Xá Cẩu', '23', 0, '1979', NULL),
  ('Khmu', '23', 0, 'latin', 'Latin spelling of Khơ-mú'),
  ('Vân Kiều', '24', 0, 'vnat', NULL),
  ('Bru', '24', 0, 'vnat', NULL),
  ('Ma Coong', '24', 0, 'vnat', NULL),
  ('Măng Coong', '24', 0, '1979', NULL),
  ('Trì', '24', 0, 'vnat', NULL),
  ('Khùa', '24', 0, 'vnat', NULL),
  ('Ca Tu', '25', 0, '1979', NULL),
  ('Katu', '25', 0, 'latin', 'Latin spelling of Ca-tu'),
  ('Cơ Tu', '25', 0, '1979', NULL),
  ('Nhắng', '26', 0, 'vnat', NULL),
  ('Dẩng', '26', 0, 'vnat', NULL),
  ('Pầu Thìn', '26', 0, 'vnat', NULL),
  ('Châu Mạ', '28', 0, '1979', NULL),
  ('Giẻ Triêng', '29', 0, '1979', NULL),
  ('Gié Triêng', '29', 0, '1979', NULL),
  ('Triêng', '29', 0, '1979', NULL),
  ('Ve', '29', 0, '1979', NULL),
  ('La Ve', '29', 0, '1979', NULL),
  ('Cor', '30', 0, 'vnat', NULL),
  ('Col', '30', 0, 'vnat', NULL),
  ('Cùa', '30', 0, 'vnat', NULL),
  ('Pa Kô', '27', 0, '1979', 'Tà-ôi (Tôi-ôi, Pa-cô, Pa-hi)'),
  ('Pa Cô', '27', 0, '1979', NULL),
  ('Pa Co', '27', 0, 'latin', NULL),
  ('Pa Hi', '27', 0, '1979', NULL),
  ('Ba Hi', '27', 0, '1979', NULL),
  ('Tôi Ôi', '27', 0, '1979', NULL),
  ('Đơ Ro', '31', 0, 'vnat', NULL),
  ('Châu Ro', '31', 0, 'vnat', NULL),
  ('Puộc', '32', 0, '1979', NULL),
  ('U Ni', '33', 0, '1979', NULL),
  ('Xá U Ni', '33', 0, '1979', NULL),
  ('Chơ Ru', '34', 0, 'vnat', NULL),
  ('Lào Bốc', '35', 0, '1979', NULL),
  ('Lào Nọi', '35', 0, '1979', NULL),
  ('Xá Khao', '36', 1, '1979', 'Kháng; Xá Khao is also an other name of La Ha'),
  ('Xá Khao', '40', 1, '1979', 'La Ha; Xá Khao is also an other name of Kháng'),
  ('Cù Tê', '37', 0, '1979', NULL),
  ('Bồ Khô Pạ', '38', 0, '1979', NULL),
  ('Khù Xung', '39', 0, '1979', NULL),
  ('Khlá Phlạo', '40', 0, '1979', NULL),
  ('Pà Hưng', '41', 0, '1979', NULL),
  ('Nhuồn', '42', 0, 'vnat', NULL),
  ('Lừ', '42', 0, '1979', NULL),
  ('Mun Di', '45', 1, '1979', 'Lô Lô; Mun Di is also an other name of Lự'),
  ('Mun Di', '42', 1, '1979', 'Lự; Mun Di is also an other name of Lô Lô'),
  ('Mã Liềng', '44', 0, 'vnat', NULL),
  ('Rục', '44', 0, 'vnat', NULL),
  ('Sách', '44', 0, 'vnat', NULL),
  ('Arem', '44', 0, '1979', 'A-rem'),
  ('Mảng Ư', '46', 0, '1979', NULL),
  ('Xá Lá Vàng', '44', 1, '1979', 'Chứt; also an other name of Mảng and of Thổ'),
  ('Xá Lá Vàng', '46', 1, '1979', 'Mảng; also an other name of Chứt and of Thổ'),
  ('Xá Lá Vàng', '21', 1, '1979', 'Thổ; also an other name of Chứt and of Mảng'),
  ('Kẹo', '21', 0, '1979', NULL),
  ('Mọn', '21', 0, '1979', NULL),
  ('Cuối', '21', 0, '1979', NULL),
  ('Đan Lai', '21', 0, '1979', NULL),
  ('Ly Hà', '21', 0, '1979', NULL),
  ('Tày Pọng', '21', 0, '1979', NULL),
  ('Cờ Lao', '47', 0, '1979', NULL),
  ('Xắm Khống', '49', 0, '1979', NULL),
  ('Chủng Chá', '48', 0, 'vnat', NULL),
  ('Trọng Gia', '48', 0, 'vnat', NULL),
  ('Cù Dề Xừ', '50', 0, '1979', NULL),
  ('Ka Pèo', '51', 0, '1979', NULL),
  ('Brao', '53', 0, 'vnat', 'Brạo'),
  ('Tày Hạt', '54', 0, '1979', NULL),
  ('Rơ Mâm', '52', 0, '1979', NULL),
  ('Xơ Đăng', '16', 0, '1979', NULL);
