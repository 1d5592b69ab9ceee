/**
 * A first guess at category, priority, system and province of a /baocao description, from keyword tables.
 * Stands in until the real message parser exists; the vocabulary follows corpus/README.md and requirements §11.
 *
 * Matching is on whole words. A keyword written with diacritics matches only the same accented words, because
 * folding merges words that matter here ("gấp" urgent / "gặp" meet, "mạng" network / "mang" carry). When the
 * message itself is typed without diacritics there is nothing to tell apart, so the folded keyword is used.
 */
import { foldVi, lowerVi, normalizeVi } from '../text/normalize.ts'
import { PROVINCES } from '../units/provinces.ts'
import type { Category, Priority, SystemCode } from './types.ts'

export interface KeywordGuess {
  category: Category
  priority: Priority
  system: SystemCode
  /** Canonical name of the province named in the text (old names map to the province that absorbed them). */
  provinceHint: string | null
}

/** A phrase, or several phrases that must all occur. `accentsOnly` drops the no-diacritics fallback. */
type Keyword = string | readonly string[] | { phrase: string; accentsOnly: true }

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

/** Explicitly not urgent; checked first so "không gấp" never counts as "gấp". */
const LOW: readonly Keyword[] = ['không gấp', 'ko gấp', 'k gấp', 'chưa gấp', 'không cần gấp', 'không khẩn', 'khi nào rảnh', 'lúc nào rảnh', 'góp ý']

const URGENT: readonly Keyword[] = [
  'khẩn', 'khẩn cấp', 'khẩn trương', 'gấp', 'hỏa tốc', 'sos', { phrase: 'sập', accentsOnly: true }, 'bị sập', 'tê liệt',
  'ngừng tiếp nhận', 'ngưng tiếp nhận', 'dừng tiếp nhận', 'hỗ trợ ngay', 'xử lý ngay', 'ngay lập tức',
  ['toàn bộ', 'không truy cập'], ['toàn bộ', 'mất mạng'], ['tất cả', 'không truy cập'], 'dân phải về', 'dân đang chờ',
]

const HIGH: readonly Keyword[] = [
  'ưu tiên', 'nhiều xã', 'nhiều tỉnh', 'toàn tỉnh', 'tất cả xã', 'tất cả các xã', 'các xã phường', 'chậm', 'sớm',
  'chiều nay', 'trưa nay', 'tối nay', 'sáng mai', 'ngày mai', 'trong ngày', 'hôm nay', 'trong vòng',
]

/** Deadline cues that contain a priority word but say nothing about urgency ("chậm nhất thứ 2"). */
const PRIORITY_NOISE: readonly string[] = ['chậm nhất', 'chậm trễ nhất']

/** Loại 3: a regulation or its guidance is missing, unclear or unfit; "is it allowed" questions. */
const POLICY: readonly Keyword[] = [
  'quy định', 'thông tư', 'nghị định', 'văn bản pháp lý', 'cơ sở pháp lý', 'căn cứ pháp lý', 'giá trị pháp lý',
  'hướng dẫn chưa rõ', 'chưa có hướng dẫn', 'chưa có văn bản', 'văn bản hướng dẫn', 'thẩm quyền', 'hợp lệ không',
  'có được phép', 'có được dùng', 'có được nộp', 'có được tiêu hủy', 'chế độ phụ cấp', 'quyết định công bố',
]

/** Loại 4: staff, money or equipment missing; infrastructure not in place. */
const RESOURCE: readonly Keyword[] = [
  'thiếu nhân sự', 'thiếu cán bộ', 'thiếu cb', 'biên chế', 'quá tải', 'tăng cường cán bộ', 'tăng cường cb',
  'kinh phí', 'dự toán', 'trang thiết bị', 'bổ sung thiết bị', 'bổ sung', 'cấp thêm', 'cấp bổ sung', 'thay mới',
  'chưa được đầu tư', 'đầu tư hạ tầng', 'chưa có thiết bị', 'chưa được cấp', 'chưa được kéo', 'chưa kéo',
]

/** Loại 2: people don't know how; the procedure is unclear. */
const PROCESS: readonly Keyword[] = [
  'chưa biết cách', 'không biết cách', 'hỏi cách', 'chưa nắm', 'không biết', 'chưa biết', 'hướng dẫn', 'quy trình',
  'thao tác', 'tập huấn', 'thế nào', 'làm sao', 'lúng túng',
]

/** Checked in this order; the first list that matches decides. Anything else is Loại 1 (technical). */
const CATEGORY_RULES: ReadonlyArray<readonly [Category, readonly Keyword[]]> = [
  [3, POLICY],
  [4, RESOURCE],
  [2, PROCESS],
]

type Weighted = readonly [Keyword, number]

/** Keyword weights per system; the highest total wins, ties go to the earlier system (root cause first). */
const SYSTEM_KEYWORDS: ReadonlyArray<readonly [SystemCode, readonly Weighted[]]> = [
  ['mang', [
    ['mạng', 2], ['mất mạng', 2], ['internet', 2], ['wifi', 2], ['đường truyền', 2], ['cáp quang', 2], ['4g', 1], ['5g', 1],
    ['tslcd', 2], ['truyền số liệu', 2], ['mạng lan', 1], ['băng thông', 2], ['sóng', 1],
  ]],
  ['kyso', [
    ['ký số', 1], ['chữ ký số', 2], ['usb token', 2], ['token', 2], ['chứng thư', 2], ['ký số từ xa', 2],
    ['sim ký số', 2], ['plugin ký số', 2], ['otp', 1],
  ]],
  ['email', [['email', 3], ['e mail', 3], ['thư công vụ', 3], ['thư điện tử', 3], ['hộp thư', 3]]],
  ['lgsp', [
    ['lgsp', 3], ['ndxp', 3], ['liên thông', 1], ['tích hợp', 1], ['chia sẻ dữ liệu', 2], ['csdl', 2],
    ['cơ sở dữ liệu', 2], ['dân cư', 1],
  ]],
  ['hop', [
    ['họp trực tuyến', 2], ['hội nghị trực tuyến', 2], ['hội nghị truyền hình', 2], ['truyền hình', 1], ['điểm cầu', 2],
    ['phòng họp', 1], ['mcu', 2], ['q cabinet', 2], ['qcabinet', 2], ['họp không giấy', 2], ['micro', 1],
  ]],
  ['vbdh', [
    ['vbđh', 2], ['quản lý văn bản', 2], ['văn bản điều hành', 2], ['ioffice', 2], ['văn bản đến', 1], ['văn bản đi', 1],
    ['văn bản liên thông', 2], ['trục liên thông', 2], ['văn bản điện tử', 1], ['hồ sơ công việc', 1], ['phát hành văn bản', 1],
  ]],
  ['thietbi', [
    ['máy in', 1], ['máy tính', 1], ['máy scan', 1], ['scan', 1], ['máy quét', 1], ['thiết bị', 1], ['kiosk', 1],
    ['camera', 1], ['ups', 1], ['mất điện', 1], ['máy chủ', 1], ['ổ cứng', 1], ['ổ đĩa', 1],
  ]],
  ['tthc', [
    ['một cửa', 1], ['tthc', 1], ['thủ tục hành chính', 1], ['dvc', 1], ['dịch vụ công', 1], ['igate', 2], ['dvctt', 1],
    ['nộp trực tuyến', 1], ['hồ sơ trực tuyến', 1], ['thanh toán trực tuyến', 1], ['vneid', 1], ['tiếp nhận hồ sơ', 1],
    ['trả kết quả', 1], ['phiếu hẹn', 1], ['thủ tục', 1], ['hồ sơ liên thông', 1], ['hồ sơ', 0.5],
  ]],
  // The bare verb "báo cáo" opens many reports ("Báo cáo TTĐH: …"), so it only decides when nothing else matched.
  ['baocao', [['htttbc', 3], ['hệ thống báo cáo', 3], ['thông tin báo cáo', 3], ['chế độ báo cáo', 2], ['báo cáo', 0.5]]],
]

// ---------------------------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------------------------

interface Text {
  accented: string
  folded: string
  /** The writer used no diacritics at all, so folded matching is the only option. */
  plain: boolean
  /** Original words, for case-sensitive abbreviations. */
  words: string
}

function prepare(raw: string): Text {
  const normal = normalizeVi(raw)
  return {
    accented: ` ${lowerVi(normal)} `,
    folded: ` ${foldVi(normal)} `,
    plain: !/[\u0300-\u036fđĐ]/u.test(normal.normalize('NFD')),
    words: ` ${normal.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()} `,
  }
}

/** Index of the phrase as whole words in the text, or -1. */
function find(text: Text, phrase: string, accentsOnly = false): number {
  const accented = lowerVi(phrase)
  const folded = foldVi(phrase)
  if (accented === folded) return text.folded.indexOf(` ${folded} `)
  const hit = text.accented.indexOf(` ${accented} `)
  if (hit >= 0 || accentsOnly || !text.plain) return hit
  return text.folded.indexOf(` ${folded} `)
}

function matches(text: Text, keyword: Keyword): boolean {
  if (typeof keyword === 'string') return find(text, keyword) >= 0
  if ('phrase' in keyword) return find(text, keyword.phrase, true) >= 0
  return keyword.every((k) => find(text, k) >= 0)
}

const matchesAny = (text: Text, keywords: readonly Keyword[]): boolean => keywords.some((k) => matches(text, k))

function withoutNoise(text: Text): Text {
  let { accented, folded } = text
  for (const noise of PRIORITY_NOISE) {
    accented = accented.replaceAll(` ${lowerVi(noise)} `, ' ')
    folded = folded.replaceAll(` ${foldVi(noise)} `, ' ')
  }
  return { ...text, accented, folded }
}

function priorityOf(text: Text): Priority {
  const t = withoutNoise(text)
  if (matchesAny(t, LOW)) return 'low'
  if (matchesAny(t, URGENT)) return 'urgent'
  if (matchesAny(t, HIGH)) return 'high'
  return 'normal'
}

function categoryOf(text: Text): Category {
  return CATEGORY_RULES.find(([, keywords]) => matchesAny(text, keywords))?.[0] ?? 1
}

function systemOf(text: Text): SystemCode {
  let best: SystemCode = 'khac'
  let bestScore = 0
  for (const [system, keywords] of SYSTEM_KEYWORDS) {
    const score = keywords.reduce((sum, [keyword, weight]) => sum + (matches(text, keyword) ? weight : 0), 0)
    if (score > bestScore) [best, bestScore] = [system, score]
  }
  return best
}

interface ProvinceName {
  phrase: string
  province: string
  caseSensitive: boolean
}

const PROVINCE_NAMES: readonly ProvinceName[] = PROVINCES.flatMap((p) => [
  ...[p.name, ...p.formerNames, ...p.aliases].map((phrase) => ({ phrase, province: p.name, caseSensitive: false })),
  ...(p.upperCaseAliases ?? []).map((phrase) => ({ phrase, province: p.name, caseSensitive: true })),
])

/** The province named first in the text (the longest name at that position), as its canonical name. */
function provinceOf(text: Text): string | null {
  let best: { at: number; length: number; province: string } | null = null
  for (const { phrase, province, caseSensitive } of PROVINCE_NAMES) {
    const at = caseSensitive ? text.words.indexOf(` ${phrase} `) : find(text, phrase)
    if (at < 0) continue
    if (best === null || at < best.at || (at === best.at && phrase.length > best.length)) {
      best = { at, length: phrase.length, province }
    }
  }
  return best?.province ?? null
}

/** Keyword guess for a report description; never fails (unknown → Loại 1, normal, khac, no province). */
export function classifyByKeywords(text: string): KeywordGuess {
  const t = prepare(text)
  return { category: categoryOf(t), priority: priorityOf(t), system: systemOf(t), provinceHint: provinceOf(t) }
}
