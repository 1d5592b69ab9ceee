/** Vietnam local time (UTC+7, no DST) without reading the clock: everything is derived from a given instant. */
const OFFSET_MS = 7 * 3600_000
const DAY_MS = 24 * 3600_000

export interface LocalDay {
  /** Days since 1970-01-01 in Vietnam time. */
  day: number
  /** 0 = Sunday. */
  weekday: number
  year: number
  /** 1–12. */
  month: number
  date: number
}

export function localDayOf(instant: Date): LocalDay {
  const local = instant.getTime() + OFFSET_MS
  const day = Math.floor(local / DAY_MS)
  return dayInfo(day)
}

export function dayInfo(day: number): LocalDay {
  const d = new Date(day * DAY_MS)
  return { day, weekday: d.getUTCDay(), year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() }
}

export function dayFromDate(year: number, month: number, date: number): number | null {
  const ms = Date.UTC(year, month - 1, date)
  const d = new Date(ms)
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return null
  return Math.floor(ms / DAY_MS)
}

/** The instant of a local day and clock time. */
export function instantAt(day: number, hour: number, minute: number): Date {
  return new Date(day * DAY_MS + (hour * 60 + minute) * 60_000 - OFFSET_MS)
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** ISO 8601 in Vietnam time with "+07:00" (the corpus convention). */
export function toVnIso(instant: Date): string {
  const d = new Date(instant.getTime() + OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`
}
