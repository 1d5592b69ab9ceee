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
  // ticket words: yc = yêu cầu ("yc số 31"), PGV = phiếu giao việc ("PGV 58"), sc = sự cố ("sc 912", "sc mất mạng")
  yc: 'yêu cầu', pgv: 'phiếu giao việc', sc: 'sự cố',
  // teencode and misspellings ("ko bít cách", "nhìu xã", "yếu wá", "cử ng tham gia", "e lm ở xã")
  bít: 'biết', bik: 'biết', bjk: 'biết', bjet: 'biết', nhìu: 'nhiều', nhiu: 'nhiều', wá: 'quá', ng: 'người', lm: 'làm',
  ns: 'nói', ms: 'mới', mik: 'mình', ròi: 'rồi', oy: 'rồi', kq: 'kết quả', tk: 'tài khoản', hdsd: 'hướng dẫn sử dụng', bp: 'bộ phận',
  xl: 'xử lý', xly: 'xử lý', đt: 'điện thoại', dt: 'điện thoại', cty: 'công ty', qđ: 'quyết định', nđ: 'nghị định',
  // southern and central wording: "kiểm tra giùm", "hổng vô được", "làm răng", "xài ké", "máy in hư"
  giùm: 'giúp', dùm: 'giúp', gium: 'giúp', hổng: 'không', vô: 'vào', răng: 'sao', rứa: 'vậy', dzậy: 'vậy', zậy: 'vậy', dzị: 'vậy',
  mần: 'làm', xài: 'dùng', hư: 'hỏng', tui: 'tôi', nhen: 'nhé', nghen: 'nhé', bữa: 'hôm',
  // English IT words ("login ko đc", "server bị down", "mạng die", "lag", "bug", "fail"); "down" is an outage, not the
  // emergency word "sập"
  login: 'đăng nhập', server: 'máy chủ', sever: 'máy chủ', down: 'gián đoạn', die: 'gián đoạn', crash: 'lỗi', lag: 'chậm',
  bug: 'lỗi', error: 'lỗi', fail: 'thất bại', failed: 'thất bại', online: 'trực tuyến', password: 'mật khẩu', pass: 'mật khẩu',
  account: 'tài khoản', acc: 'tài khoản', app: 'ứng dụng', help: 'giúp', support: 'hỗ trợ', ransomware: 'mã độc', malware: 'mã độc',
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

/**
 * Chat forms whose meaning depends on their neighbours (keys folded, or as written when marked). "bt" is "biết"
 * after a negation or question word ("ko bt cách", "ai bt chỗ") and "bình thường" elsewhere ("firefox thì bt");
 * "v", "z" (vậy) and central "mô" (đâu) only close a clause or come before a closing particle ("ở đâu v ạ"), since
 * "v" is also "và" and "mô" is part of "mô hình". Neighbours are compared folded, as written (before expansion).
 */
export interface ContextRule {
  /** The previous token is one of these. */
  after?: readonly string[]
  /** The next token is one of these. */
  before?: readonly string[]
  /** The token closes a clause (punctuation, line break, end of the message). */
  atClauseEnd?: boolean
  then: string
}
const NEGATION_OR_ASKING = ['ko', 'k', 'kg', 'khg', 'khong', 'hok', 'hk', 'chua', 'nao', 'ai', 'co', 'dau', 'cung', 'cha', 'chang', 'deu', 'hong', 'hem', 'khum']
const CLOSING_PARTICLES = ['a', 'ak', 'ah', 'ad', 'anh', 'chi', 'em', 'e', 'ha', 'nhi', 'ta', 'the', 'ac', 'ae', 'admin', 'mn', 'roi', 'r']
export interface ContextAbbreviation {
  /** The first rule that holds gives the expansion. */
  rules: readonly ContextRule[]
  /** Expansion when no rule holds; the token is kept as written if absent. */
  otherwise?: string
}
export const CONTEXT_ABBREVIATIONS: Readonly<Record<string, ContextAbbreviation>> = {
  bt: {
    rules: [{ after: NEGATION_OR_ASKING, then: 'biết' }, { before: ['cach', 'cho', 'gi', 'j', 'lam', 'thao', 'xu', 'sua'], then: 'biết' }],
    otherwise: 'bình thường',
  },
  v: { rules: [{ atClauseEnd: true, then: 'vậy' }, { before: CLOSING_PARTICLES, then: 'vậy' }] },
  z: { rules: [{ atClauseEnd: true, then: 'vậy' }, { before: CLOSING_PARTICLES, then: 'vậy' }] },
  mô: { rules: [{ atClauseEnd: true, then: 'đâu' }, { before: CLOSING_PARTICLES, then: 'đâu' }] },
  // "chua bit cach" (chưa biết cách); elsewhere "bit" is kept (64 bit)
  bit: { rules: [{ after: NEGATION_OR_ASKING, then: 'biết' }] },
  // "hôm wa" is hôm qua; elsewhere "wa" is quá ("chậm wa")
  wa: { rules: [{ after: ['hom', 'toi', 'chieu', 'sang', 'dem', 'trua', 'tuan', 'thang'], then: 'qua' }], otherwise: 'quá' },
}
