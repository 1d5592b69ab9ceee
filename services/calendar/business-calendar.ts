/**
 * The business calendar: which instants are working time, in a fixed-offset zone (Asia/Ho_Chi_Minh, UTC+7), and
 * arithmetic in working time ("2 giờ làm việc"). Pure: instants in, instants out; the clock is never read.
 *
 * Conventions
 * - Instants are `Date`s (UTC). Business dates ('YYYY-MM-DD') and hours are the calendar zone's wall clock.
 * - A working window is [start, end): 07:30 is working time, 11:30 is not.
 * - Adding working time that ends exactly at the end of a window answers that end (07:30 + 4 h → 11:30, not 13:30);
 *   adding zero answers `from` itself, even outside working hours.
 * - Durations on the wall clock ("24 h") are not this class's business: they are plain addition (duration.ts).
 */
import { VN_HOLIDAYS } from './data/vn-holidays.ts'
import { HOLIDAY_KINDS, type BusinessCalendarConfig, type HolidayData, type HolidayEntry, type UnlistedYears } from './types.ts'
import { vnStatutoryHolidays } from './vn-rules.ts'
import { MS_PER_DAY, MS_PER_MINUTE, dayKeyOf, fixedOffsetMinutes, isoWeekday, parseClockTime, parseDayKey, yearOfDay } from './time.ts'

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh'
/** Monday–Friday: the 40-hour week of state bodies (QĐ 188/1999/QĐ-TTg). */
export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5]
/** Issue 4's default office hours; provinces differ (vietnamese-and-platforms.md §D.1), hence configurable. */
export const DEFAULT_WORKING_HOURS: ReadonlyArray<readonly [string, string]> = [['07:30', '11:30'], ['13:30', '17:00']]

/** Years the rule-based fallback will compute; outside, an unlisted year has no holidays. */
const RULE_YEARS = { from: 1990, to: 2199 }
/** A calendar that finds no working time within this many consecutive days is considered broken. */
const MAX_IDLE_DAYS = 400

export interface DayInfo {
  date: string
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number
  working: boolean
  /** The holiday, nghỉ bù, swap or make-up day that decides the day, if any. */
  entry: HolidayEntry | null
}

/** Everything wrong with a calendar configuration, as readable sentences; empty when it is usable. */
export function calendarConfigProblems(config: BusinessCalendarConfig): string[] {
  const problems: string[] = []
  if (fixedOffsetMinutes(config.timeZone) === null) {
    problems.push(`timeZone "${config.timeZone}": only zones without daylight saving are supported (e.g. Asia/Ho_Chi_Minh, UTC, +07:00)`)
  }
  const days = config.workingDays ?? DEFAULT_WORKING_DAYS
  for (const d of days) if (!Number.isInteger(d) || d < 1 || d > 7) problems.push(`workingDays: ${d} is not an ISO weekday (1 = Monday … 7 = Sunday)`)
  if (new Set(days).size !== days.length) problems.push('workingDays: a weekday is listed twice')
  const hours = config.workingHours ?? DEFAULT_WORKING_HOURS
  let previousEnd = -1
  for (const [start, end] of hours) {
    const s = parseClockTime(start)
    const e = parseClockTime(end)
    if (s === null || e === null) {
      problems.push(`workingHours: "${start}–${end}" is not HH:MM–HH:MM`)
      continue
    }
    if (e <= s) problems.push(`workingHours: ${start}–${end} ends before it starts`)
    if (s < previousEnd) problems.push(`workingHours: ${start}–${end} overlaps or precedes the window before it (list windows in order)`)
    previousEnd = Math.max(previousEnd, e)
  }
  if (hours.length === 0 && config.workingHours !== undefined) problems.push('workingHours: at least one window is needed')
  if (days.length === 0) problems.push('workingDays: at least one working day is needed')
  const unlisted = config.unlistedYears ?? 'vn-statutory'
  if (unlisted !== 'vn-statutory' && unlisted !== 'none') problems.push(`unlistedYears: "${String(unlisted)}" is neither vn-statutory nor none`)
  for (const [year, entries] of Object.entries(config.holidays ?? {})) problems.push(...holidayYearProblems(year, entries))
  return problems
}

function holidayYearProblems(year: string, entries: readonly HolidayEntry[]): string[] {
  const problems: string[] = []
  if (!/^\d{4}$/.test(year)) return [`holidays: "${year}" is not a year`]
  const seen = new Set<string>()
  for (const entry of entries) {
    const day = parseDayKey(entry.date)
    if (day === null) {
      problems.push(`holidays ${year}: "${entry.date}" is not a date (YYYY-MM-DD)`)
      continue
    }
    if (yearOfDay(day) !== Number(year)) problems.push(`holidays ${year}: ${entry.date} belongs to another year`)
    if (!HOLIDAY_KINDS.includes(entry.kind)) problems.push(`holidays ${year}: ${entry.date} has unknown kind "${String(entry.kind)}" (${HOLIDAY_KINDS.join(', ')})`)
    if (seen.has(entry.date)) problems.push(`holidays ${year}: ${entry.date} is listed twice`)
    seen.add(entry.date)
  }
  return problems
}

/** The base data with the override's years replacing the base's (a year given is a year's complete list). */
export function mergeHolidayData(base: HolidayData, override: HolidayData | undefined): HolidayData {
  return { ...base, ...(override ?? {}) }
}

export class BusinessCalendar {
  readonly timeZone: string
  /** True for the 24/7 calendar: every instant is working time. */
  readonly isAlwaysOpen: boolean
  readonly workingDays: readonly number[]
  readonly workingHours: ReadonlyArray<readonly [string, string]>
  private readonly offsetMs: number
  /** Working windows of a day in ms after local midnight, [start, end). */
  private readonly windows: ReadonlyArray<readonly [number, number]>
  private readonly weekdays: ReadonlySet<number>
  private readonly data: HolidayData
  private readonly unlistedYears: UnlistedYears
  /** Per year: epoch day → entry. Filled on first use (memo only; results never depend on call order). */
  private readonly byYear = new Map<number, ReadonlyMap<number, HolidayEntry>>()

  constructor(config: BusinessCalendarConfig) {
    const problems = calendarConfigProblems(config)
    if (problems.length > 0) throw new Error(`invalid business calendar: ${problems.join('; ')}`)
    this.timeZone = config.timeZone
    this.isAlwaysOpen = config.alwaysOpen === true
    this.offsetMs = fixedOffsetMinutes(config.timeZone)! * MS_PER_MINUTE
    this.workingDays = [...(config.workingDays ?? DEFAULT_WORKING_DAYS)].sort((a, b) => a - b)
    this.workingHours = (config.workingHours ?? DEFAULT_WORKING_HOURS).map(([s, e]) => [s, e] as const)
    this.windows = this.workingHours.map(([s, e]) => [parseClockTime(s)! * MS_PER_MINUTE, parseClockTime(e)! * MS_PER_MINUTE] as const)
    this.weekdays = new Set(this.workingDays)
    this.data = config.holidays ?? VN_HOLIDAYS
    this.unlistedYears = config.unlistedYears ?? 'vn-statutory'
  }

  /** Vietnam's defaults (UTC+7, Monday–Friday, 07:30–11:30 and 13:30–17:00, the shipped holidays), with overrides. */
  static vietnam(overrides: Partial<BusinessCalendarConfig> = {}): BusinessCalendar {
    return new BusinessCalendar({ timeZone: VN_TIME_ZONE, ...overrides })
  }

  /** A 24/7 calendar: working time is wall-clock time. Its zone only names business dates. */
  static alwaysOpen(timeZone: string = VN_TIME_ZONE): BusinessCalendar {
    return new BusinessCalendar({ timeZone, alwaysOpen: true })
  }

  // ---- days -------------------------------------------------------------------------------------------------------

  /** The business date of an instant, 'YYYY-MM-DD'. */
  localDate(at: Date): string {
    return dayKeyOf(this.dayOf(at.getTime()))
  }

  /** Minutes after the business day's midnight of an instant (0 ≤ m < 1440, fractional below a minute). */
  localMinuteOfDay(at: Date): number {
    const local = at.getTime() + this.offsetMs
    return (local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE
  }

  /** The instant of a business date and wall-clock time, e.g. ('2026-02-13', '16:30') → 09:30Z. */
  instantOf(date: string, time = '00:00'): Date {
    const day = parseDayKey(date)
    const minutes = parseClockTime(time)
    if (day === null || minutes === null) throw new RangeError(`not a business date and time: ${date} ${time}`)
    return new Date(day * MS_PER_DAY + minutes * MS_PER_MINUTE - this.offsetMs)
  }

  /** Is this business date (or the business date of this instant) a working day? */
  isWorkingDay(date: Date | string): boolean {
    return this.isAlwaysOpen || this.workingDay(this.toDay(date))
  }

  dayInfo(date: Date | string): DayInfo {
    const day = this.toDay(date)
    return { date: dayKeyOf(day), weekday: isoWeekday(day), working: this.isAlwaysOpen || this.workingDay(day), entry: this.isAlwaysOpen ? null : this.entryOn(day) }
  }

  /** The holiday list in force for a year: the data's, or computed by rule, or none. */
  holidaysOf(year: number): readonly HolidayEntry[] {
    return [...this.yearIndex(year).values()]
  }

  /** Whether the year comes from the data (an official list or a pinned estimate) rather than the fallback rule. */
  hasHolidayData(year: number): boolean {
    return String(year) in this.data
  }

  // ---- instants ---------------------------------------------------------------------------------------------------

  isWorkingTime(at: Date): boolean {
    if (this.isAlwaysOpen) return true
    const ms = at.getTime()
    const day = this.dayOf(ms)
    if (!this.workingDay(day)) return false
    const t = ms + this.offsetMs - day * MS_PER_DAY
    return this.windows.some(([s, e]) => s <= t && t < e)
  }

  /** The earliest instant ≥ `at` that is working time (`at` itself inside working hours). */
  nextWorkingStart(at: Date): Date {
    if (this.isAlwaysOpen) return new Date(at.getTime())
    let day = this.dayOf(at.getTime())
    let t = at.getTime() + this.offsetMs - day * MS_PER_DAY
    for (let idle = 0; idle <= MAX_IDLE_DAYS; idle++, day++, t = 0) {
      if (!this.workingDay(day)) continue
      for (const [s, e] of this.windows) if (e > t) return this.instantAt(day, Math.max(s, t))
    }
    throw this.noWorkingTime(at)
  }

  /** `from` plus `minutes` of working time (fractions allowed, kept to the millisecond). */
  addWorkingMinutes(from: Date, minutes: number): Date {
    return this.addWorkingMs(from, Math.round(minutes * MS_PER_MINUTE))
  }

  addWorkingMs(from: Date, ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`working time to add must be a finite, non-negative amount (got ${ms} ms)`)
    if (this.isAlwaysOpen || ms === 0) return new Date(from.getTime() + ms)
    let remaining = ms
    let day = this.dayOf(from.getTime())
    let t = from.getTime() + this.offsetMs - day * MS_PER_DAY
    for (let idle = 0; idle <= MAX_IDLE_DAYS; day++, t = 0) {
      if (!this.workingDay(day)) {
        idle++
        continue
      }
      idle = 0
      for (const [s, e] of this.windows) {
        if (e <= t) continue
        const start = Math.max(s, t)
        const available = e - start
        if (remaining <= available) return this.instantAt(day, start + remaining)
        remaining -= available
      }
    }
    throw this.noWorkingTime(from)
  }

  /** Working minutes in [a, b); negative when b is before a. Fractional below a minute. */
  workingMinutesBetween(a: Date, b: Date): number {
    return this.workingMsBetween(a, b) / MS_PER_MINUTE
  }

  workingMsBetween(a: Date, b: Date): number {
    const [from, to] = [a.getTime(), b.getTime()]
    if (to < from) return -this.workingMsBetween(b, a)
    if (this.isAlwaysOpen) return to - from
    let total = 0
    const lastDay = this.dayOf(to)
    for (let day = this.dayOf(from); day <= lastDay; day++) {
      if (!this.workingDay(day)) continue
      const midnight = day * MS_PER_DAY - this.offsetMs
      for (const [s, e] of this.windows) {
        const overlap = Math.min(to, midnight + e) - Math.max(from, midnight + s)
        if (overlap > 0) total += overlap
      }
    }
    return total
  }

  // ---- internals --------------------------------------------------------------------------------------------------

  private dayOf(ms: number): number {
    return Math.floor((ms + this.offsetMs) / MS_PER_DAY)
  }

  private instantAt(day: number, msOfDay: number): Date {
    return new Date(day * MS_PER_DAY + msOfDay - this.offsetMs)
  }

  private toDay(date: Date | string): number {
    if (typeof date !== 'string') return this.dayOf(date.getTime())
    const day = parseDayKey(date)
    if (day === null) throw new RangeError(`not a business date (YYYY-MM-DD): ${date}`)
    return day
  }

  private workingDay(day: number): boolean {
    const entry = this.entryOn(day)
    if (entry) return entry.kind === 'makeup-workday'
    return this.weekdays.has(isoWeekday(day))
  }

  private entryOn(day: number): HolidayEntry | null {
    return this.yearIndex(yearOfDay(day)).get(day) ?? null
  }

  private yearIndex(year: number): ReadonlyMap<number, HolidayEntry> {
    let index = this.byYear.get(year)
    if (!index) {
      const listed = this.data[String(year)]
      const entries = listed
        ?? (this.unlistedYears === 'vn-statutory' && year >= RULE_YEARS.from && year <= RULE_YEARS.to ? vnStatutoryHolidays(year) : [])
      index = new Map(entries.map((e) => [parseDayKey(e.date)!, e]))
      this.byYear.set(year, index)
    }
    return index
  }

  private noWorkingTime(at: Date): Error {
    return new Error(`business calendar: no working time within ${MAX_IDLE_DAYS} days after ${at.toISOString()}`)
  }
}
