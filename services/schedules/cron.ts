/**
 * A small, pure 5-field cron evaluator (minute hour day-of-month month day-of-week) in a fixed-offset zone
 * (Asia/Ho_Chi_Minh is UTC+7 all year: no daylight saving, so a wall-clock minute is always one instant).
 * The process's own time zone never matters: instants are shifted by the offset and read with getUTC*.
 *
 * Syntax: `*`, numbers, ranges `a-b`, steps `*\/n` and `a-b/n`, lists `a,b,c`; day-of-week 0–7 (0 and 7 = Sunday);
 * names MON–SUN and JAN–DEC. As in Vixie cron, when both day-of-month and day-of-week are restricted a day matches
 * if either matches.
 */
import { MS_PER_DAY, MS_PER_MINUTE } from '../calendar/time.ts'

export interface CronExpression {
  readonly text: string
  readonly minutes: ReadonlySet<number>
  readonly hours: ReadonlySet<number>
  readonly daysOfMonth: ReadonlySet<number>
  readonly months: ReadonlySet<number>
  /** 0 = Sunday … 6 = Saturday. */
  readonly daysOfWeek: ReadonlySet<number>
  readonly domRestricted: boolean
  readonly dowRestricted: boolean
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

interface FieldSpec { name: string; min: number; max: number; names?: readonly string[]; nameBase?: number }

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAYS, nameBase: 0 },
]

export class CronSyntaxError extends Error {
  override name = 'CronSyntaxError'
}

/** Parses a 5-field expression; throws CronSyntaxError with a readable reason. */
export function parseCron(text: string): CronExpression {
  const parts = text.trim().split(/\s+/)
  if (parts.length !== 5 || parts[0] === '') throw new CronSyntaxError(`"${text}" must have 5 fields: minute hour day-of-month month day-of-week`)
  const sets = parts.map((p, i) => parseField(p, FIELDS[i]))
  const dow = new Set([...sets[4]].map((d) => (d === 7 ? 0 : d)))
  return {
    text: parts.join(' '),
    minutes: sets[0], hours: sets[1], daysOfMonth: sets[2], months: sets[3], daysOfWeek: dow,
    domRestricted: !parts[2].startsWith('*'), dowRestricted: !parts[4].startsWith('*'),
  }
}

function parseField(text: string, spec: FieldSpec): Set<number> {
  const out = new Set<number>()
  for (const item of text.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(item)
    if (m === null) throw new CronSyntaxError(`${spec.name}: "${item}" is not a value, range or step`)
    const step = m[2] === undefined ? 1 : Number(m[2])
    if (step < 1) throw new CronSyntaxError(`${spec.name}: step must be at least 1`)
    let from = spec.min
    let to = spec.max === 7 ? 6 : spec.max
    if (m[1] !== '*') {
      const [a, b] = m[1].split('-')
      from = value(a, spec)
      to = b === undefined ? (m[2] === undefined ? from : spec.max) : value(b, spec)
      if (to < from) throw new CronSyntaxError(`${spec.name}: range ${m[1]} ends before it starts`)
    }
    for (let v = from; v <= to; v += step) out.add(v)
  }
  return out
}

function value(text: string, spec: FieldSpec): number {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1
  const v = named >= 0 ? named + (spec.nameBase ?? 0) : /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(v) || v < spec.min || v > spec.max) throw new CronSyntaxError(`${spec.name}: "${text}" is not in ${spec.min}–${spec.max}`)
  return v
}

/** Does the wall-clock minute of `at` (in the zone `offsetMinutes` from UTC) match? Seconds are ignored. */
export function cronMatches(cron: CronExpression, at: Date, offsetMinutes: number): boolean {
  const local = new Date(Math.floor((at.getTime() + offsetMinutes * MS_PER_MINUTE) / MS_PER_MINUTE) * MS_PER_MINUTE)
  return dayMatches(cron, local) && cron.hours.has(local.getUTCHours()) && cron.minutes.has(local.getUTCMinutes())
}

function dayMatches(cron: CronExpression, local: Date): boolean {
  if (!cron.months.has(local.getUTCMonth() + 1)) return false
  const dom = cron.daysOfMonth.has(local.getUTCDate())
  const dow = cron.daysOfWeek.has(local.getUTCDay())
  if (cron.domRestricted && cron.dowRestricted) return dom || dow
  return dom && dow
}

/**
 * The slots of `cron` in (after, upTo], latest first, at most `limit` of them. A slot is the instant of a matching
 * wall-clock minute. Walks backwards a day, an hour or a minute at a time, so a weekly job costs a few hundred steps.
 */
export function slotsBetween(cron: CronExpression, offsetMinutes: number, after: Date, upTo: Date, limit: number): Date[] {
  const offset = offsetMinutes * MS_PER_MINUTE
  const floor = after.getTime() + offset
  let t = Math.floor((upTo.getTime() + offset) / MS_PER_MINUTE) * MS_PER_MINUTE
  const out: Date[] = []
  while (t > floor && out.length < limit) {
    const local = new Date(t)
    if (!dayMatches(cron, local)) {
      t = Math.floor(t / MS_PER_DAY) * MS_PER_DAY - MS_PER_MINUTE
    } else if (!cron.hours.has(local.getUTCHours())) {
      t = Math.floor(t / 3_600_000) * 3_600_000 - MS_PER_MINUTE
    } else {
      if (cron.minutes.has(local.getUTCMinutes())) out.push(new Date(t - offset))
      t -= MS_PER_MINUTE
    }
  }
  return out
}

/** The latest slot at or before `upTo` and after `after`, or null. */
export function latestSlot(cron: CronExpression, offsetMinutes: number, after: Date, upTo: Date): Date | null {
  return slotsBetween(cron, offsetMinutes, after, upTo, 1)[0] ?? null
}
