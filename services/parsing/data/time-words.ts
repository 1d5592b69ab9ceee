/**
 * Words of Vietnamese date and time expressions (docs/vietnamese-and-platforms.md §B.7; corpus/README.md
 * "Deadlines"). All keys are folded (no diacritics): "chiều" and "chieu" are the same word here, and nothing in this
 * vocabulary is ambiguous once folded.
 */

/** Default clock time of a part of the day, and whether a bare hour in it is afternoon (3h chiều = 15:00). */
export const PARTS_OF_DAY: Readonly<Record<string, { hour: number; minute: number; pm: boolean }>> = {
  sang: { hour: 8, minute: 0, pm: false },
  trua: { hour: 12, minute: 0, pm: false },
  chieu: { hour: 14, minute: 0, pm: true },
  toi: { hour: 19, minute: 0, pm: true },
  dem: { hour: 22, minute: 0, pm: true },
}

/** Multi-word parts of the day (folded token sequences). */
export const END_OF_DAY: readonly string[][] = [['cuoi', 'ngay'], ['het', 'ngay'], ['cuoi', 'gio'], ['cuoi', 'buoi']]
export const END_OF_DAY_TIME = { hour: 17, minute: 0 }

/** A bare date (no clock time, no part of the day) means this time. */
export const BARE_DATE_TIME = { hour: 17, minute: 0 }

/** Relative day words → offset in days from today. */
export const RELATIVE_DAYS: readonly { words: string[]; offset: number }[] = [
  { words: ['hom', 'nay'], offset: 0 },
  { words: ['ngay', 'hom', 'nay'], offset: 0 },
  { words: ['nay'], offset: 0 },
  { words: ['ngay', 'mai'], offset: 1 },
  { words: ['mai'], offset: 1 },
  { words: ['ngay', 'kia'], offset: 2 },
  { words: ['mot'], offset: 2 },
  { words: ['hom', 'qua'], offset: -1 },
  { words: ['qua'], offset: -1 },
]

/** Weekday names after "thứ" → JS weekday (0 = Sunday). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  '2': 1, hai: 1, '3': 2, ba: 2, '4': 3, tu: 3, '5': 4, nam: 4, '6': 5, sau: 5, '7': 6, bay: 6,
}
/** Week qualifiers after a weekday. */
export const WEEK_QUALIFIERS: Readonly<Record<string, 'this' | 'next' | 'last'>> = {
  nay: 'this', sau: 'next', toi: 'next', truoc: 'last',
}

/** Units of "trong vòng N …" / "N … nữa". */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  tieng: 60, gio: 60, h: 60, phut: 1, p: 1, ngay: 24 * 60,
}

/**
 * Deadline cues: a time expression right after one of these is a deadline. "trước" also means "last/ago" after a
 * time noun ("tuần trước", "hôm trước") — those are listed in NOT_A_DEADLINE_BEFORE.
 */
export const DEADLINE_CUES: readonly string[][] = [
  ['truoc'], ['cham', 'nhat'], ['han', 'chot'], ['han', 'cuoi'], ['deadline'], ['trong', 'vong'], ['trong'], ['xong', 'truoc'],
  ['kip', 'truoc'], ['toi', 'da'], ['muon', 'nhat'], ['han'],
]
/**
 * "hạn" alone ("Hạn nộp 17h chiều nay", "hạn là t6", "Hạn nộp báo cáo là 15h chiều nay") is a cue when written with its
 * diacritics (folded "han" is also "hàn", weld) and not after these (folded): "hết hạn" (expired), "gia hạn" (extended),
 * "quá hạn" (overdue), "hạn hán". It allows its own filler words before the time.
 */
export const HAN_NOT_AFTER: readonly string[] = ['het', 'gia', 'qua', 'tre', 'dung']
export const HAN_FILLERS: readonly string[] = [
  'nop', 'gui', 'bao', 'cao', 'xu', 'ly', 'hoan', 'thanh', 'la', 'cua', 'ngay', 'vao', 'luc', 'chot', 'cuoi', 'cho', 'phai',
  // what is due: "hạn đồng bộ là 15/1", "hạn cập nhật 16h", "hạn trả kết quả 17h"
  'dong', 'bo', 'cap', 'nhat', 'tra', 'ket', 'qua',
]
/** "năm trước 16h" is "(the) year('s report) before 16h": after these, "trước" + a clock time is still a deadline. */
export const TRUOC_CLOCK_AFTER: readonly string[] = ['nam', 'ky', 'dot', 'thang']
/** "trong" alone introduces a deadline only before a day or a duration ("trong hôm nay", "trong ngày mai", "trong 2 tiếng"). */
export const WEAK_CUES: readonly string[] = ['trong']
/** Words before "trước" that make it mean "previous". */
export const NOT_A_DEADLINE_BEFORE: readonly string[] = ['tuan', 'hom', 'thang', 'nam', 'lan', 'dot', 'ky']
/** Filler words allowed between a cue and its time expression ("trước cuộc họp 9h sáng", "trước ngày 15/8"). */
export const FILLER_WORDS: readonly string[] = ['ngay', 'cuoc', 'buoi', 'hop', 'phien', 'luc', 'khi', 'cua', 'la', 'vao', 'nhat', 'han', 'cho', 'giup', 'em', 'e', 'a', 'nhe']
/**
 * "nhờ hỗ trợ trước 8h" sent in the evening (from this hour on) about a morning time (up to NEXT_MORNING_LAST_HOUR)
 * that has passed today means tomorrow morning.
 */
export const EVENING_FROM_HOUR = 17
export const NEXT_MORNING_LAST_HOUR = 12
/** How many tokens after a cue the time expression may start. */
export const CUE_WINDOW = 4
/** A dd/mm that has passed rolls over to next year only if that is at most this many days ahead. */
export const ROLLOVER_MAX_DAYS = 120
