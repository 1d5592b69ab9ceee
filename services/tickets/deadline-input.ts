import { fail, ok, type Result } from '../shared/result.ts'

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const VN_OFFSET_MS = 7 * 3600_000

const TIME = String.raw`(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?`
const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?`
const TIME_DATE = new RegExp(`^${TIME}\\s+(?:ngày\\s+|ngay\\s+)?${DATE}$`, 'i')
const DATE_TIME = new RegExp(`^${DATE}\\s+(?:lúc\\s+|luc\\s+)?${TIME}$`, 'i')
const DATE_ONLY = new RegExp(`^${DATE}$`)
const TIME_ONLY = new RegExp(`^${TIME}$`)

interface Parts { day: number; month: number; year: number | null; hour: number; minute: number }

/** The end of the working day: a bare date means 17:00 that day. */
const DEFAULT_HOUR = 17

/**
 * Reads a deadline typed by a person ("17:00 25/11", "25/11", "25/11/2026 9h", "16h30") in Vietnam time.
 * A date without a year is the next such date from `now`; a time alone is today, or tomorrow when already past.
 */
export function parseDeadlineInput(input: string, now: Date): Result<Date, 'deadline_unreadable' | 'deadline_past'> {
  const parts = readParts(input.trim(), now)
  if (!parts) return fail('deadline_unreadable')
  const { day, month, hour, minute } = parts
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return fail('deadline_unreadable')
  const nowVn = new Date(now.getTime() + VN_OFFSET_MS)
  let year = parts.year ?? nowVn.getUTCFullYear()
  let at = vnInstant(year, month, day, hour, minute)
  if (at === null) return fail('deadline_unreadable')
  if (parts.year === null && at.getTime() < now.getTime() - 86_400_000) {
    year += 1
    at = vnInstant(year, month, day, hour, minute)
    if (at === null) return fail('deadline_unreadable')
  }
  if (at.getTime() <= now.getTime()) return fail('deadline_past')
  return ok(at)
}

function readParts(s: string, now: Date): Parts | null {
  let m = TIME_DATE.exec(s)
  if (m) return { hour: +m[1], minute: +(m[2] ?? 0), day: +m[3], month: +m[4], year: year(m[5]) }
  m = DATE_TIME.exec(s)
  if (m) return { day: +m[1], month: +m[2], year: year(m[3]), hour: +m[4], minute: +(m[5] ?? 0) }
  m = DATE_ONLY.exec(s)
  if (m) return { day: +m[1], month: +m[2], year: year(m[3]), hour: DEFAULT_HOUR, minute: 0 }
  m = TIME_ONLY.exec(s)
  if (m && /[:hH]/.test(s)) return timeToday(+m[1], +(m[2] ?? 0), now)
  return null
}

function timeToday(hour: number, minute: number, now: Date): Parts {
  const vn = new Date(now.getTime() + VN_OFFSET_MS)
  const candidate = vnInstant(vn.getUTCFullYear(), vn.getUTCMonth() + 1, vn.getUTCDate(), hour, minute)
  const base = candidate && candidate.getTime() > now.getTime() ? vn : new Date(vn.getTime() + 86_400_000)
  return { day: base.getUTCDate(), month: base.getUTCMonth() + 1, year: base.getUTCFullYear(), hour, minute }
}

function year(s: string | undefined): number | null {
  if (!s) return null
  const y = +s
  return s.length === 2 ? 2000 + y : y
}

/** The UTC instant of a wall-clock time in Vietnam, or null for an impossible date (31/02). */
function vnInstant(year: number, month: number, day: number, hour: number, minute: number): Date | null {
  const utc = Date.UTC(year, month - 1, day, hour, minute)
  const check = new Date(utc)
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null
  return new Date(utc - VN_OFFSET_MS)
}
