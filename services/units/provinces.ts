/**
 * The 34 provincial-level units in force since 1 July 2025 (corpus/README.md, NQ 202/2025/QH15),
 * with the pre-2025 names that now point at them and the short forms people type.
 * Shared by the config cross-check and the keyword classifier; the unit directory gets the same
 * aliases through config/trucban.yaml.
 */

export interface ProvinceInfo {
  /** Unit id, ASCII kebab-case. */
  id: string
  /** Canonical name, exactly as in corpus/README.md. */
  name: string
  /** Provinces merged into this one on 1/7/2025 (and "Thừa Thiên Huế" for Huế). */
  formerNames: readonly string[]
  /** Other spellings and abbreviations. */
  aliases: readonly string[]
  /** Aliases matched case-sensitively only: as lower-case words they mean something else ("hn" = hôm nay). */
  upperCaseAliases?: readonly string[]
}

export const PROVINCES: readonly ProvinceInfo[] = [
  { id: 'ha-noi', name: 'Hà Nội', formerNames: [], aliases: ['Thành phố Hà Nội', 'TP Hà Nội', 'Hanoi'], upperCaseAliases: ['HN'] },
  { id: 'hue', name: 'Huế', formerNames: ['Thừa Thiên Huế'], aliases: ['Thành phố Huế', 'TP Huế', 'TT Huế'] },
  { id: 'hai-phong', name: 'Hải Phòng', formerNames: ['Hải Dương'], aliases: ['Thành phố Hải Phòng', 'TP Hải Phòng'] },
  { id: 'da-nang', name: 'Đà Nẵng', formerNames: ['Quảng Nam'], aliases: ['Thành phố Đà Nẵng', 'TP Đà Nẵng'] },
  {
    id: 'tp-ho-chi-minh',
    name: 'Thành phố Hồ Chí Minh',
    formerNames: ['Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT', 'Bình Dương'],
    aliases: ['Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP HCM', 'TP.HCM', 'TPHCM', 'Sài Gòn'],
    upperCaseAliases: ['HCM', 'SG'],
  },
  { id: 'can-tho', name: 'Cần Thơ', formerNames: ['Sóc Trăng', 'Hậu Giang'], aliases: ['Thành phố Cần Thơ', 'TP Cần Thơ'] },
  { id: 'lai-chau', name: 'Lai Châu', formerNames: [], aliases: [] },
  { id: 'dien-bien', name: 'Điện Biên', formerNames: [], aliases: [] },
  { id: 'son-la', name: 'Sơn La', formerNames: [], aliases: [] },
  { id: 'lang-son', name: 'Lạng Sơn', formerNames: [], aliases: [] },
  { id: 'quang-ninh', name: 'Quảng Ninh', formerNames: [], aliases: [] },
  { id: 'thanh-hoa', name: 'Thanh Hóa', formerNames: [], aliases: [] },
  { id: 'nghe-an', name: 'Nghệ An', formerNames: [], aliases: [] },
  { id: 'ha-tinh', name: 'Hà Tĩnh', formerNames: [], aliases: [] },
  { id: 'cao-bang', name: 'Cao Bằng', formerNames: [], aliases: [] },
  { id: 'tuyen-quang', name: 'Tuyên Quang', formerNames: ['Hà Giang'], aliases: [] },
  { id: 'lao-cai', name: 'Lào Cai', formerNames: ['Yên Bái'], aliases: [] },
  { id: 'thai-nguyen', name: 'Thái Nguyên', formerNames: ['Bắc Kạn'], aliases: ['Bắc Cạn'] },
  { id: 'phu-tho', name: 'Phú Thọ', formerNames: ['Vĩnh Phúc', 'Hòa Bình'], aliases: [] },
  { id: 'bac-ninh', name: 'Bắc Ninh', formerNames: ['Bắc Giang'], aliases: [] },
  { id: 'hung-yen', name: 'Hưng Yên', formerNames: ['Thái Bình'], aliases: [] },
  { id: 'ninh-binh', name: 'Ninh Bình', formerNames: ['Hà Nam', 'Nam Định'], aliases: [] },
  { id: 'quang-tri', name: 'Quảng Trị', formerNames: ['Quảng Bình'], aliases: [] },
  { id: 'quang-ngai', name: 'Quảng Ngãi', formerNames: ['Kon Tum'], aliases: ['Kontum'] },
  { id: 'gia-lai', name: 'Gia Lai', formerNames: ['Bình Định'], aliases: [] },
  { id: 'khanh-hoa', name: 'Khánh Hòa', formerNames: ['Ninh Thuận'], aliases: [] },
  { id: 'lam-dong', name: 'Lâm Đồng', formerNames: ['Đắk Nông', 'Bình Thuận'], aliases: ['Đăk Nông', 'Dak Nong'] },
  { id: 'dak-lak', name: 'Đắk Lắk', formerNames: ['Phú Yên'], aliases: ['Đăk Lăk', 'Đắc Lắc', 'Daklak', 'Dak Lak'] },
  { id: 'dong-nai', name: 'Đồng Nai', formerNames: ['Bình Phước'], aliases: [] },
  { id: 'tay-ninh', name: 'Tây Ninh', formerNames: ['Long An'], aliases: [] },
  { id: 'vinh-long', name: 'Vĩnh Long', formerNames: ['Bến Tre', 'Trà Vinh'], aliases: [] },
  { id: 'dong-thap', name: 'Đồng Tháp', formerNames: ['Tiền Giang'], aliases: [] },
  { id: 'ca-mau', name: 'Cà Mau', formerNames: ['Bạc Liêu'], aliases: [] },
  { id: 'an-giang', name: 'An Giang', formerNames: ['Kiên Giang'], aliases: [] },
]

export const PROVINCE_BY_ID: ReadonlyMap<string, ProvinceInfo> = new Map(PROVINCES.map((p) => [p.id, p]))
