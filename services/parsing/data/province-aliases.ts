/**
 * Extra spellings of provinces for the parser, on top of services/units/provinces.ts (34 units, pre-2025 names,
 * common aliases). Keys are canonical names (corpus/README.md). Forms without diacritics need not be listed: names
 * are matched on folded text too. `caseSensitive` forms are matched only as written in upper case.
 */
export const EXTRA_PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Thành phố Hồ Chí Minh': ['TP. Hồ Chí Minh', 'Tp HCM', 'HCMC', 'Sài Gòn', 'Saigon', 'Vũng Tàu', 'Bà Rịa', 'BR VT'],
  'Huế': ['Thừa Thiên - Huế', 'TT-Huế', 'TTH'],
  'Hà Nội': ['Ha Noi'],
  'Quảng Ngãi': ['Kon Tum', 'KonTum'],
  'Lâm Đồng': ['Đắc Nông', 'Daknong'],
  'Đắk Lắk': ['Đắk Lăk', 'Đăk Lắk', 'Dak Lak', 'Daklak'],
  'Thái Nguyên': ['Bắc Cạn'],
}

export const CASE_SENSITIVE_PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Thành phố Hồ Chí Minh': ['HCM', 'SG', 'BRVT', 'BR-VT'],
  'Hà Nội': ['HN'],
  'Huế': ['TTH'],
}

/**
 * Names whose form without diacritics is also an everyday phrase: "bac can" (bạc cần, "cờ bạc, cần gỡ"), "dien
 * bien" (diễn biến), "da nang" (đa năng), "hai phong" (hai phòng), "hoa binh" (hòa bình), "thai binh" (thái bình).
 * In a message typed without diacritics they count only when capitalised ("Dien Bien", "Bac Can"). Folded.
 */
export const EVERYDAY_FOLDED_NAMES: readonly string[] = ['bac can', 'dien bien', 'da nang', 'hai phong', 'hoa binh', 'thai binh']

/**
 * Words that introduce a pre-2025 district (data/old-districts.ts), as typed: "huyện Tam Đảo", "H. Đồng Văn",
 * "Q.Gò Vấp", "TX Bến Cát", "TP Hội An", "đặc khu Côn Đảo" (a special zone that was a district).
 */
export const DISTRICT_PREFIXES: readonly string[] = ['huyện', 'quận', 'thị xã', 'tx', 'h', 'q', 'tp', 'thành phố', 'thị trấn', 'đặc khu']
/** Words that introduce a commune or ward. */
export const COMMUNE_PREFIXES: readonly string[] = ['xã', 'phường', 'x', 'p', 'thị trấn', 'tt']
/** What follows an old name ("Tam Đảo cũ"). */
export const FORMER_MARK = 'cũ'
