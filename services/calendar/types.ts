/**
 * What a day can be, besides an ordinary day of the working week:
 * - holiday:          a public holiday (Bộ luật Lao động 2019 Điều 112, Ngày Văn hóa Việt Nam 24/11 from 2026);
 * - compensatory:     nghỉ bù — a working day off because a holiday fell on the weekly rest day (Điều 111(3)),
 *                     or the extra Tết days a notice grants for the same reason;
 * - swapped-day-off:  hoán đổi — a working day given off in exchange for a make-up Saturday;
 * - makeup-workday:   ngày làm bù — a weekly rest day (usually a Saturday) worked instead.
 * The first three make the day a non-working day; the last makes it a working day (with the usual hours).
 */
export const HOLIDAY_KINDS = ['holiday', 'compensatory', 'swapped-day-off', 'makeup-workday'] as const
export type HolidayKind = (typeof HOLIDAY_KINDS)[number]

export interface HolidayEntry {
  /** Business date in the calendar's zone, 'YYYY-MM-DD'. */
  date: string
  kind: HolidayKind
  /** Vietnamese name shown to people, e.g. "Tết Nguyên đán (mùng 1)". */
  name: string
  /** Where the day comes from: a notice number, a statute, or "rule" for a computed estimate. */
  source?: string
}

/** Per-year lists, keyed by the year ('2026'). A year present here is taken as complete for that year. */
export type HolidayData = Readonly<Record<string, readonly HolidayEntry[]>>

/** What to do for a year that the holiday data does not list. */
export type UnlistedYears =
  /** Compute Vietnam's statutory holidays by rule (vn-rules.ts): an estimate until the year's notice is out. */
  | 'vn-statutory'
  /** Only the working week; no holidays. */
  | 'none'

export interface BusinessCalendarConfig {
  /** A zone without daylight saving: 'Asia/Ho_Chi_Minh' (UTC+7), 'UTC', or an explicit offset such as '+07:00'. */
  timeZone: string
  /** ISO weekdays that are working days, 1 = Monday … 7 = Sunday. Default Monday–Friday. */
  workingDays?: readonly number[]
  /** Working windows of a working day, 'HH:MM' start inclusive, end exclusive. Default 07:30–11:30 and 13:30–17:00. */
  workingHours?: ReadonlyArray<readonly [string, string]>
  /** Holidays, compensatory days, swaps and make-up days per year. Default: the shipped Vietnamese data. */
  holidays?: HolidayData
  /** Years not in `holidays`. Default 'vn-statutory'. */
  unlistedYears?: UnlistedYears
  /**
   * A 24/7 calendar: every instant is working time, so working-time budgets become wall-clock ones (for tests and
   * for a desk that runs round the clock). The other fields are then ignored, except timeZone for business dates.
   */
  alwaysOpen?: boolean
}
