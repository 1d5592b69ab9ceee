/**
 * Chat abbreviations (docs/vietnamese-and-platforms.md §B.4), expanded token by token before matching.
 * Keys are matched on the folded token (no diacritics, lower case) unless listed in CASE_SENSITIVE.
 * Never expanded inside words: tokens are whole words, and numbers with suffixes ("500k", "8h") are separate tokens.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // không ("hong" is left out: without diacritics it is far more often "hỏng", broken)
  k: 'không', ko: 'không', kg: 'không', khg: 'không', hok: 'không', hk: 'không', hông: 'không', khum: 'không',
  // được
  dc: 'được', đc: 'được', duoc: 'được', đươc: 'được',
  // agreement / thanks
  oki: 'ok', oke: 'ok', okie: 'ok', okela: 'ok', oce: 'ok', tks: 'cảm ơn', thanks: 'cảm ơn', thank: 'cảm ơn', cám: 'cảm', camon: 'cảm ơn',
  // particles and pronouns
  r: 'rồi', rùi: 'rồi', vs: 'với', j: 'gì', e: 'em', mn: 'mọi người', mng: 'mọi người', ae: 'anh em', ace: 'anh chị em',
  'a/c': 'anh chị', 'a/e': 'anh em', 'e/c': 'em chị', 'đ/c': 'đồng chí', 'd/c': 'đồng chí',
  bh: 'bao giờ', bjo: 'bao giờ', bgio: 'bao giờ', ntn: 'như thế nào', trc: 'trước', trk: 'trước',
  hnay: 'hôm nay', hqua: 'hôm qua', ktra: 'kiểm tra', ib: 'nhắn riêng', check: 'kiểm tra', done: 'xong',
  // spelling variants (i/y): "xử lí", "kĩ thuật"
  lí: 'lý', kĩ: 'kỹ',
  // government and system vocabulary
  ht: 'hệ thống', httt: 'hệ thống thông tin', cb: 'cán bộ', cbcc: 'cán bộ công chức', sđt: 'số điện thoại', sdt: 'số điện thoại',
  vbdh: 'vbđh', vbđh: 'vbđh', mtsl: 'mạng truyền số liệu', tslcd: 'truyền số liệu chuyên dùng', tslcđ: 'truyền số liệu chuyên dùng',
  dvcqg: 'dvc quốc gia', qg: 'quốc gia', tp: 'thành phố', pm: 'phần mềm', vb: 'văn bản', hs: 'hồ sơ', ktv: 'kỹ thuật viên',
  ttđt: 'thông tin điện tử', ttdt: 'thông tin điện tử', bc: 'báo cáo',
  // ticket words: yc = yêu cầu ("yc số 31"), PGV = phiếu giao việc ("PGV 58")
  yc: 'yêu cầu', pgv: 'phiếu giao việc',
  // weekdays
  t2: 'thứ 2', t3: 'thứ 3', t4: 'thứ 4', t5: 'thứ 5', t6: 'thứ 6', t7: 'thứ 7', th2: 'thứ 2', th3: 'thứ 3', th4: 'thứ 4',
  th5: 'thứ 5', th6: 'thứ 6', th7: 'thứ 7', cn: 'chủ nhật',
}

/** Abbreviations whose meaning depends on case: VT = Viettel, but "vt" is rarely meant that way in lower case. */
export const CASE_SENSITIVE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  VT: 'viettel',
  HN: 'hà nội',
}

/** Lower-case "hn" is hôm nay (the upper-case form is Hà Nội, see provinces). */
export const LOWER_ONLY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  hn: 'hôm nay',
}
