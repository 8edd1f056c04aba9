/* cohort-demo-data.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cohort-demo-data.h"

#define TABLE(type, name, ...) \
  const type name[] = { __VA_ARGS__ }; \
  const guint name##_len = G_N_ELEMENTS (name)

/* Weights in tenths of a percent: Nguyễn is about 38 % of Vietnamese. */
TABLE (CohortDemoWeighted, cohort_demo_family_names,
  { "Nguyễn", 380 }, { "Trần", 110 }, { "Lê", 95 }, { "Phạm", 70 }, { "Hoàng", 35 },
  { "Huỳnh", 16 }, { "Phan", 45 }, { "Vũ", 22 }, { "Võ", 17 }, { "Đặng", 21 }, { "Bùi", 20 },
  { "Đỗ", 14 }, { "Hồ", 13 }, { "Ngô", 13 }, { "Dương", 10 }, { "Lý", 5 }, { "Đinh", 6 },
  { "Trương", 6 }, { "Lương", 4 }, { "Hà", 4 }, { "Cao", 3 }, { "Mai", 3 }, { "Văn", 3 },
  { "Thái", 2 }, { "Tôn Nữ", 1 }, { "Hồ Văn", 1 }, { "Trịnh", 3 }, { "Đoàn", 4 }, { "Lâm", 2 },
  { "Kiều", 1 }, { "Hồ Thị", 1 });

TABLE (CohortDemoWeighted, cohort_demo_male_middle,
  { "Văn", 300 }, { "Đức", 90 }, { "Minh", 80 }, { "Quang", 70 }, { "Hữu", 60 },
  { "Thanh", 50 }, { "Công", 40 }, { "Xuân", 40 }, { "Ngọc", 30 }, { "Đình", 40 },
  { "Anh", 20 }, { "Trọng", 20 }, { "Tiến", 15 }, { "Mạnh", 10 }, { "Văn Hoàng", 5 },
  { "Hồng", 10 }, { "Viết", 10 }, { "Thế", 15 });

TABLE (CohortDemoWeighted, cohort_demo_female_middle,
  { "Thị", 450 }, { "Thị Thu", 60 }, { "Thị Thanh", 50 }, { "Thị Minh", 30 },
  { "Thị Hồng", 30 }, { "Ngọc", 40 }, { "Thu", 40 }, { "Thùy", 30 }, { "Phương", 20 },
  { "Thị Kim", 20 }, { "Hoài", 10 }, { "Diệu", 10 }, { "Thị Bích", 15 }, { "Mỹ", 10 });

TABLE (CohortDemoWeighted, cohort_demo_male_given,
  { "An", 10 }, { "Anh", 30 }, { "Bình", 20 }, { "Cường", 20 }, { "Dũng", 30 },
  { "Đức", 25 }, { "Dương", 10 }, { "Hải", 30 }, { "Hùng", 30 }, { "Huy", 20 },
  { "Khoa", 10 }, { "Long", 20 }, { "Minh", 25 }, { "Nam", 25 }, { "Phong", 15 },
  { "Quân", 15 }, { "Sơn", 25 }, { "Tâm", 15 }, { "Thắng", 20 }, { "Thành", 25 },
  { "Trung", 20 }, { "Tuấn", 30 }, { "Việt", 15 }, { "Vinh", 15 }, { "Hoàng", 15 },
  { "Hiếu", 15 }, { "Kiên", 10 }, { "Lâm", 10 }, { "Lộc", 10 }, { "Phúc", 15 },
  { "Toàn", 10 }, { "Hưng", 20 }, { "Quang", 15 }, { "Tú", 10 }, { "Khánh", 10 },
  { "Đạt", 15 }, { "Nghĩa", 15 }, { "Thuận", 10 }, { "Hòa", 15 }, { "Lực", 5 });

TABLE (CohortDemoWeighted, cohort_demo_female_given,
  { "Anh", 25 }, { "Hà", 25 }, { "Hằng", 25 }, { "Hạnh", 20 }, { "Hoa", 25 },
  { "Hồng", 20 }, { "Hương", 35 }, { "Hường", 15 }, { "Lan", 25 }, { "Liên", 15 },
  { "Linh", 25 }, { "Loan", 15 }, { "Mai", 20 }, { "Nga", 20 }, { "Ngọc", 15 },
  { "Nhung", 20 }, { "Oanh", 10 }, { "Phương", 20 }, { "Quyên", 10 }, { "Thảo", 25 },
  { "Thu", 15 }, { "Thủy", 25 }, { "Trang", 30 }, { "Tuyết", 10 }, { "Vân", 20 },
  { "Yến", 15 }, { "Dung", 20 }, { "Giang", 15 }, { "Huyền", 25 }, { "Ánh", 15 },
  { "Lý", 5 }, { "Nhàn", 10 }, { "Diệp", 5 }, { "Thơ", 10 }, { "Hiền", 20 });

/* Codes of the ethnicity table: Kinh, Bru-Vân Kiều, Tà Ôi (Pa Kô), Mường, Tày, Thái. */
TABLE (CohortDemoWeighted, cohort_demo_ethnicities,
  { "01", 880 }, { "24", 65 }, { "27", 35 }, { "04", 8 }, { "02", 6 }, { "03", 6 });

TABLE (CohortDemoDistrict, cohort_demo_districts,
  { "huyện Vĩnh Linh", "VL", { "xã Vĩnh Thái", "xã Vĩnh Tú", "xã Vĩnh Chấp", "xã Vĩnh Hiền", "xã Vĩnh Thạch", "thị trấn Hồ Xá" } },
  { "huyện Gio Linh", "GL", { "xã Gio Mỹ", "xã Gio Hải", "xã Gio Việt", "xã Gio Sơn", "xã Gio Châu", "thị trấn Gio Linh" } },
  { "huyện Cam Lộ", "CL", { "xã Cam Thành", "xã Cam Hiếu", "xã Cam Tuyền", "xã Cam Chính", "xã Cam Nghĩa", "thị trấn Cam Lộ" } },
  { "huyện Triệu Phong", "TP", { "xã Triệu Độ", "xã Triệu Thành", "xã Triệu Giang", "xã Triệu Long", "xã Triệu Ái", "thị trấn Ái Tử" } },
  { "huyện Hải Lăng", "HL", { "xã Hải Ba", "xã Hải Quế", "xã Hải Thượng", "xã Hải Chánh", "xã Hải Định", "thị trấn Diên Sanh" } },
  { "huyện Hướng Hóa", "HH", { "xã Tân Hợp", "xã Hướng Phùng", "xã A Dơi", "xã Hướng Lập", "xã Thuận", "thị trấn Lao Bảo" } },
  { "huyện Đakrông", "ĐK", { "xã Tà Rụt", "xã A Ngo", "xã Húc Nghì", "xã Ba Lòng", "xã Hướng Hiệp", "thị trấn Krông Klang" } },
  { "thành phố Đông Hà", "ĐH", { "phường 1", "phường 5", "phường Đông Lương", "phường Đông Thanh", "phường Đông Giang", "phường 3" } },
  { "thị xã Quảng Trị", "QT", { "phường 1", "phường 2", "phường An Đôn", "xã Hải Lệ", "phường 3", "phường 2" } });

TABLE (char *const, cohort_demo_province_units,
  "Văn phòng Tỉnh ủy Quảng Trị", "Ban Tổ chức Tỉnh ủy Quảng Trị", "Ban Tuyên giáo Tỉnh ủy Quảng Trị",
  "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị", "Sở Nội vụ tỉnh Quảng Trị", "Sở Tài chính tỉnh Quảng Trị",
  "Sở Kế hoạch và Đầu tư tỉnh Quảng Trị", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị",
  "Sở Y tế tỉnh Quảng Trị", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị",
  "Sở Tư pháp tỉnh Quảng Trị", "Thanh tra tỉnh Quảng Trị", "Kho bạc Nhà nước Quảng Trị",
  "Tỉnh đoàn Quảng Trị", "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị", "Sở Xây dựng tỉnh Quảng Trị",
  "Sở Công Thương tỉnh Quảng Trị", "Văn phòng UBND tỉnh Quảng Trị");

TABLE (char *const, cohort_demo_province_positions,
  "Trưởng phòng", "Phó Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên",
  "Chuyên viên chính", "Phó Chánh Văn phòng", "Thanh tra viên", "Phó Giám đốc");

TABLE (char *const, cohort_demo_district_units,
  "UBND", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo",
  "Phòng Tư pháp", "Phòng Nông nghiệp và Phát triển nông thôn",
  "Văn phòng HĐND và UBND", "Ủy ban MTTQ Việt Nam", "Thanh tra");

TABLE (char *const, cohort_demo_district_positions,
  "Trưởng phòng", "Phó Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên",
  "Phó Chánh Văn phòng", "Phó Chủ tịch");

TABLE (char *const, cohort_demo_commune_units,
  "UBND", "Đảng ủy", "Ủy ban MTTQ Việt Nam");

TABLE (char *const, cohort_demo_commune_positions,
  "Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND", "Phó Chủ tịch UBND",
  "Chủ tịch HĐND", "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
  "Công chức Địa chính - Xây dựng", "Chỉ huy trưởng Quân sự", "Chủ tịch Ủy ban MTTQ",
  "Bí thư Đoàn Thanh niên", "Chủ tịch Hội Liên hiệp Phụ nữ", "Chủ tịch Hội Nông dân",
  "Chủ tịch Hội Cựu chiến binh", "Công chức Văn hóa - Xã hội", "Công chức Tài chính - Kế toán");

TABLE (char *const, cohort_demo_professions,
  "Đại học Luật", "Đại học Kinh tế", "Đại học Sư phạm", "Đại học Hành chính", "Đại học Nông nghiệp",
  "Đại học Kế toán", "Cao đẳng Sư phạm", "Đại học Xây dựng Đảng", "Thạc sĩ Quản lý công",
  "Đại học Y", "Trung cấp Hành chính", "Đại học Công nghệ thông tin");

TABLE (CohortDemoLaoName, cohort_demo_lao_male_given,
  { "ສົມພອນ", "Somphone", "Xổm Phon" }, { "ບຸນມີ", "Bounmy", "Bun Mi" },
  { "ຄຳພອນ", "Khamphone", "Khăm Phon" }, { "ສີສະຫວາດ", "Sisavath", "Xi Xa Vạt" },
  { "ພອນສະຫວັນ", "Phonesavanh", "Phon Xa Văn" }, { "ບົວພັນ", "Bouaphanh", "Bua Phăn" },
  { "ທອງສະຫວັນ", "Thongsavanh", "Thoong Xa Văn" }, { "ສົມໃຈ", "Somchay", "Xổm Chay" },
  { "ບຸນເພັງ", "Bounpheng", "Bun Phêng" }, { "ພູວົງ", "Phouvong", "Phu Vông" },
  { "ຄຳຫຼ້າ", "Khamla", "Khăm La" }, { "ເພັດສະໝອນ", "Phetsamone", "Phết Xa Mỏn" },
  { "ສີວິໄລ", "Sivilay", "Xi Vi Lay" }, { "ວັນໄຊ", "Vanxay", "Văn Xay" });

TABLE (CohortDemoLaoName, cohort_demo_lao_female_given,
  { "ວຽງສະໄໝ", "Viengsamay", "Viêng Xa Mảy" }, { "ມະນີວັນ", "Manivanh", "Ma Ni Văn" },
  { "ແສງເດືອນ", "Sengdeuane", "Xeng Đươn" }, { "ດວງຈັນ", "Douangchanh", "Đuông Chăn" },
  { "ອຸໄລວັນ", "Oulayvanh", "U Lay Văn" }, { "ຄຳແພງ", "Khamphaeng", "Khăm Pheng" },
  { "ບົວໄຂ", "Bouakhay", "Bua Khảy" }, { "ນິດສະໄໝ", "Nitsamay", "Nít Xa Mảy" });

TABLE (CohortDemoLaoName, cohort_demo_lao_family,
  { "ພົມມະຈັນ", "Phommachanh", "Phôm Ma Chăn" }, { "ສີຫາລາດ", "Sihalath", "Xi Ha Lạt" },
  { "ວົງສະຫວັນ", "Vongsavanh", "Vông Xa Văn" }, { "ແກ້ວມະນີ", "Keomany", "Kẹo Ma Ni" },
  { "ສຸວັນນະວົງ", "Souvannavong", "Xu Văn Na Vông" }, { "ພົມວິຫານ", "Phomvihane", "Phôm Vi Hản" },
  { "ສີພັນດອນ", "Siphandone", "Xi Phăn Đon" }, { "ອິນທະວົງ", "Inthavong", "In Tha Vông" },
  { "ພັນທະວົງ", "Phanthavong", "Phăn Tha Vông" }, { "ຈັນທະລາ", "Chanthala", "Chăn Tha La" },
  { "ດວງມາລາ", "Douangmala", "Đuông Ma La" }, { "ໄຊຍະວົງ", "Xayavong", "Xay Nha Vông" },
  { "ມະນີວົງ", "Manivong", "Ma Ni Vông" }, { "ຈັນທະວົງ", "Chanthavong", "Chăn Tha Vông" });

/* Followed by the Vietnamese name of the province. */
TABLE (char *const, cohort_demo_lao_units,
  "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Sở Nội vụ tỉnh",
  "Sở Giáo dục và Thể thao tỉnh", "Sở Kế hoạch và Đầu tư tỉnh", "Tỉnh đoàn",
  "Hội Phụ nữ tỉnh", "Văn phòng UBND tỉnh");

TABLE (char *const, cohort_demo_lao_positions,
  "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Phó Chánh Văn phòng", "Phó Bí thư Huyện ủy",
  "Cán bộ");
