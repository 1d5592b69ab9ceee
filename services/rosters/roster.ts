/**
 * Duty rosters (lịch trực, issue 4): who is on duty at an instant, a week's roster, and the stretches outside working
 * hours that nobody covers — the handbook wants at least one person per team outside working hours (requirements.md
 * §5 rows 2–5). Pure: the calendar and `now` are arguments.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts'
import { dayKeyOf, isoWeekday, MS_PER_DAY, MS_PER_MINUTE, parseDayKey } from '../calendar/time.ts'
import { fail, ok, type Result } from '../shared/result.ts'
import type { Actor } from '../tickets/types.ts'
import type { Unit } from '../units/types.ts'
import type { Interval, RosterWeek, Shift, ShiftItem, UnitRoster } from './types.ts'

/** The longest shift one command may add (a week on call). */
export const MAX_SHIFT_MS = 7 * MS_PER_DAY

export const covers = (s: Pick<Shift, 'startsAt' | 'endsAt'>, at: Date): boolean =>
  s.startsAt.getTime() <= at.getTime() && at.getTime() < s.endsAt.getTime()

export const overlaps = (a: Pick<Shift, 'startsAt' | 'endsAt'>, b: Interval): boolean =>
  a.startsAt.getTime() < b.to.getTime() && b.from.getTime() < a.endsAt.getTime()

/** The shifts of a unit that cover `at`, earliest start first. */
export function onDutyAt(shifts: readonly Shift[], unitId: string, at: Date): Shift[] {
  return shifts.filter((s) => s.unitId === unitId && covers(s, at)).sort(byStart)
}

/** The week (Monday 00:00 to the next Monday 00:00, in the calendar's zone) that contains `at`. */
export function weekContaining(at: Date, calendar: BusinessCalendar): Interval {
  const day = parseDayKey(calendar.localDate(at))!
  const monday = day - (isoWeekday(day) - 1)
  return { from: calendar.instantOf(dayKeyOf(monday)), to: calendar.instantOf(dayKeyOf(monday + 7)) }
}

/** The stretches of [from, to) outside working time (nights, weekends, holidays, lunch breaks), to the minute. */
export function outsideWorkingHours(period: Interval, calendar: BusinessCalendar): Interval[] {
  const out: Interval[] = []
  let start: number | null = null
  const end = period.to.getTime()
  for (let t = period.from.getTime(); t < end; t += MS_PER_MINUTE) {
    const off = !calendar.isWorkingTime(new Date(t))
    if (off && start === null) start = t
    if (!off && start !== null) {
      out.push({ from: new Date(start), to: new Date(t) })
      start = null
    }
  }
  if (start !== null) out.push({ from: new Date(start), to: new Date(end) })
  return out
}

/** `spans` minus the union of the shifts: what nobody covers. */
export function uncovered(spans: readonly Interval[], shifts: readonly Pick<Shift, 'startsAt' | 'endsAt'>[]): Interval[] {
  const sorted = [...shifts].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  const gaps: Interval[] = []
  for (const span of spans) {
    let cursor = span.from.getTime()
    const end = span.to.getTime()
    for (const s of sorted) {
      if (s.endsAt.getTime() <= cursor || s.startsAt.getTime() >= end) continue
      if (s.startsAt.getTime() > cursor) gaps.push({ from: new Date(cursor), to: s.startsAt })
      cursor = Math.max(cursor, s.endsAt.getTime())
      if (cursor >= end) break
    }
    if (cursor < end) gaps.push({ from: new Date(cursor), to: new Date(end) })
  }
  return gaps
}

/** The roster of each unit over a period, with its gaps outside working hours. */
export function rosterWeek(unitIds: readonly string[], shifts: readonly Shift[], period: Interval, calendar: BusinessCalendar): RosterWeek {
  const offHours = outsideWorkingHours(period, calendar)
  const units = unitIds.map((unitId): UnitRoster => {
    const mine = shifts.filter((s) => s.unitId === unitId && overlaps(s, period)).sort(byStart)
    return { unitId, shifts: mine.map(shiftItem), gaps: uncovered(offHours, mine).map((g) => ({ from: g.from.toISOString(), to: g.to.toISOString() })) }
  })
  return { from: period.from.toISOString(), to: period.to.toISOString(), units }
}

/**
 * The units a roster view lists. The command centre (and admins, dispatchers) see the centre's teams and every unit
 * with shifts in the period, the viewer's own unit first; any other group sees its own unit.
 */
export function rosterUnits(units: readonly Unit[], shifts: readonly Shift[], ownUnitId: string | null, seesAll: boolean): string[] {
  const ids: string[] = ownUnitId === null ? [] : [ownUnitId]
  if (!seesAll) return ids
  const add = (id: string) => { if (!ids.includes(id)) ids.push(id) }
  for (const u of units) if (u.kind === 'cc_team') add(u.id)
  for (const s of [...shifts].sort((a, b) => a.unitId.localeCompare(b.unitId))) add(s.unitId)
  return ids
}

/** Who may add and remove shifts of a unit: admins, dispatchers, and the unit's leaders (its group's admins). */
export function mayManageRoster(actor: Actor, unitId: string): boolean {
  return actor.isAdmin || actor.isDispatcher || (actor.isUnitLeader && actor.unitId === unitId)
}

/** Who may import a roster file at all: someone who may manage some unit's roster (each row is checked too). */
export function mayImportRoster(actor: Actor): boolean {
  return actor.isAdmin || actor.isDispatcher || (actor.isUnitLeader && actor.unitId !== null)
}

export const shiftItem = (s: Shift): ShiftItem =>
  ({ id: s.id, userId: s.userId, userName: s.userName, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })

const byStart = (a: Shift, b: Shift): number => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id

// ---- /phancong <dd/mm HH:MM>-<HH:MM|dd/mm HH:MM> ------------------------------------------------------------------

const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?`
const TIME = String.raw`(\d{1,2})[:hH](\d{2})?`
const RANGE = new RegExp(`^${DATE}\\s+${TIME}\\s*[-–—]\\s*(?:${DATE}\\s+)?${TIME}$`)

export type ShiftInputProblem = 'shift_unreadable' | 'shift_bad_range' | 'shift_past'

/**
 * Reads "30/11 17:00-07:30" (an end before the start is the next day), "30/11 07:30-11:30", "30/11 17:00-02/12 07:30"
 * in the calendar's zone. A date without a year is the next such date from `now` (a shift a few hours old counts as this year's).
 */
export function parseShiftInput(input: string, now: Date, calendar: BusinessCalendar): Result<Interval, ShiftInputProblem> {
  const m = RANGE.exec(input.trim())
  if (!m) return fail('shift_unreadable')
  const [d1, mo1, y1, h1, mi1, d2, mo2, y2, h2, mi2] = m.slice(1)
  const thisYear = Number(calendar.localDate(now).slice(0, 4))
  let year = y1 ? +y1 : thisYear
  let start = instant(calendar, year, +mo1, +d1, +h1, +(mi1 ?? 0))
  if (start === null) return fail('shift_unreadable')
  if (!y1 && start.getTime() < now.getTime() - MS_PER_DAY) {
    year += 1
    start = instant(calendar, year, +mo1, +d1, +h1, +(mi1 ?? 0))
    if (start === null) return fail('shift_unreadable')
  }
  let end: Date | null
  if (d2 !== undefined) {
    end = instant(calendar, y2 ? +y2 : year, +mo2, +d2, +h2, +(mi2 ?? 0))
    if (end !== null && !y2 && end.getTime() <= start.getTime()) end = instant(calendar, year + 1, +mo2, +d2, +h2, +(mi2 ?? 0))
  } else {
    end = instant(calendar, year, +mo1, +d1, +h2, +(mi2 ?? 0))
    if (end !== null && end.getTime() <= start.getTime()) end = new Date(end.getTime() + MS_PER_DAY)
  }
  if (end === null) return fail('shift_unreadable')
  if (end.getTime() <= start.getTime() || end.getTime() - start.getTime() > MAX_SHIFT_MS) return fail('shift_bad_range')
  if (end.getTime() <= now.getTime()) return fail('shift_past')
  return ok({ from: start, to: end })
}

/** The instant of a local date and time in the calendar's zone; null when there is no such date or time (24:00 is the end of the day). */
export function instant(calendar: BusinessCalendar, year: number, month: number, day: number, hour: number, minute: number): Date | null {
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null
  const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (parseDayKey(key) === null) return null
  return calendar.instantOf(key, `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`)
}
