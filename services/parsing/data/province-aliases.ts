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
