/**
 * How a ticket number is presented (corpus/README.md "Tickets"): "ticket 112", "ticket #112", "phiếu 12",
 * "phiếu số 190", "phiếu yêu cầu số 225", "sự cố số 262", "sự cố 290", "mã yêu cầu 255", "yc số 31" / "yc 77"
 * (yc = yêu cầu), "PGV 58" (phiếu giao việc), "#150". Folded token sequences; the number must follow directly
 * (after an optional "số" / "#"). Phone numbers, document numbers (1234/UBND), versions, error codes, sizes and
 * counts are never tickets: they are other token types, lack these words, or are followed by what they count
 * ("yêu cầu 5 xã", "sự cố 2 lần").
 */
export const TICKET_PREFIXES: readonly string[][] = [
  ['ticket'], ['ticket', 'so'], ['phieu'], ['phieu', 'so'], ['phieu', 'yeu', 'cau'], ['phieu', 'yeu', 'cau', 'so'], ['phieu', 'giao', 'viec'],
  ['phieu', 'giao', 'viec', 'so'], ['su', 'co', 'so'], ['su', 'co'], ['ma', 'yeu', 'cau'], ['ma', 'yeu', 'cau', 'so'], ['ma', 'phieu'], ['ma', 'ticket'],
  ['ma', 'su', 'co'], ['yeu', 'cau', 'so'], ['yeu', 'cau'], ['phieu', 'viec'], ['phieu', 'ho', 'tro'], ['phieu', 'ho', 'tro', 'so'],
]

/**
 * A ticket word earlier in the message and "số N" a little later: "ticket liên thông khai sinh đã tạo số 271".
 * Only words that always mean a ticket (not "phiếu", which is also "phiếu hẹn"), within this many tokens.
 */
export const DISTANT_TICKET_WORDS: readonly string[][] = [['ticket'], ['yeu', 'cau'], ['phieu', 'giao', 'viec'], ['su', 'co']]
export const DISTANT_TICKET_WINDOW = 8
/** "số N" right after these numbers something else ("tổ dân phố số 5", "văn bản số 12", "phòng số 3"), folded. */
export const NUMBERED_THINGS: readonly string[] = [
  'pho', 'to', 'nha', 'duong', 'phong', 'tang', 'lo', 'dinh', 'ban', 'van', 'tu', 'dieu', 'khoan', 'may', 'khu', 'ap', 'thon', 'xom', 'quay',
  'cua', 'kiosk', 'hieu', 'thoai', 'ky', 'dot', 'lan', 'hang', 'ban',
]

/**
 * After the loose prefixes ("sự cố", "yêu cầu" without "số"), a number followed by one of these counts things or
 * time ("sự cố 2 lần", "yêu cầu 5 xã"); it is not a ticket. Compared with diacritics when the message has them.
 */
export const LOOSE_PREFIXES: readonly string[][] = [['su', 'co'], ['yeu', 'cau']]
export const COUNTED_NOUNS: readonly string[] = [
  'xã', 'phường', 'lần', 'ngày', 'giờ', 'tiếng', 'phút', 'tháng', 'tuần', 'năm', 'hộ', 'máy', 'bộ', 'người', 'cán', 'điểm', 'đơn', 'cái',
  'chiếc', 'tỉnh', 'huyện', 'thôn', 'bản', 'ấp', 'trường', 'bước', 'trang', 'file', 'hồ', 'lượt', 'đầu', 'thủ', 'văn', 'mục', 'loại',
]

/** Ticket words with the number typed onto them ("YC12", "PGV58", "phieu12"), folded. */
export const STUCK_PREFIXES: readonly string[] = ['yc', 'pgv', 'ticket', 'phieu']

/** Largest number taken as a ticket (larger ones are codes, phones or amounts). */
export const TICKET_MAX = 999_999
