/**
 * Calendar arithmetic without the process time zone.
 *
 * A business date is counted as an "epoch day": whole days since 1970-01-01 of the calendar's own wall clock. The
 * conversions go through Date.UTC and getUTC* only, which are plain arithmetic; nothing here reads the server's local
 * zone (no getHours/getDate/getDay, no Date parsing of offset-less strings).
 */

export const MS_PER_MINUTE = 60_000
export const MS_PER_HOUR = 3_600_000
export const MS_PER_DAY = 86_400_000

/** A business date, 'YYYY-MM-DD'. */
export type DayKey = string

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/** 'YYYY-MM-DD' → epoch day, or null when the text is not a real date (no 31/02 rolling into March). */
export function parseDayKey(key: string): number | null {
  const m = DAY_KEY.exec(key)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(year, month - 1, day)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null
  return ms / MS_PER_DAY
}

export function epochDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

export function dayKeyOf(day: number): DayKey {
  const d = new Date(day * MS_PER_DAY)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + 1
  const dd = d.getUTCDate()
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear()
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day % 7) + 7) % 7) + 3) % 7 + 1
}

const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/

/** 'HH:MM' → minutes after midnight (0…1440; '24:00' is the end of the day). Null when malformed. */
export function parseClockTime(hm: string): number | null {
  const m = CLOCK.exec(hm)
  if (!m) return null
  const minutes = Number(m[1]) * 60 + Number(m[2])
  return minutes <= 1440 ? minutes : null
}

/**
 * Zones the calendar accepts, all without daylight saving: the business day must be a fixed offset from UTC so that
 * working-time arithmetic never depends on tz data. Vietnam has kept UTC+7 since 1975.
 */
const FIXED_ZONES: Record<string, number> = {
  'Asia/Ho_Chi_Minh': 420,
  'Asia/Saigon': 420,
  'Asia/Bangkok': 420,
  'Asia/Jakarta': 420,
  UTC: 0,
  'Etc/UTC': 0,
}

const OFFSET = /^(?:UTC)?([+-])(\d{2}):(\d{2})$/

/** Offset from UTC in minutes for a supported zone name or an explicit '+07:00'; null otherwise. */
export function fixedOffsetMinutes(timeZone: string): number | null {
  if (timeZone in FIXED_ZONES) return FIXED_ZONES[timeZone]
  const m = OFFSET.exec(timeZone)
  if (!m) return null
  const minutes = Number(m[2]) * 60 + Number(m[3])
  if (Number(m[3]) > 59 || minutes > 14 * 60) return null
  return m[1] === '-' ? -minutes : minutes
}
