/**
 * Durations on one of two clocks, kept apart on purpose:
 * - 'wall':    elapsed real time ("24 h", "15 phút"): plain addition, nights, weekends and Tết included;
 * - 'working': time inside the business calendar's working hours ("2 giờ làm việc").
 */
import type { BusinessCalendar } from './business-calendar.ts'
import { MS_PER_MINUTE } from './time.ts'

export const CLOCKS = ['wall', 'working'] as const
export type Clock = (typeof CLOCKS)[number]

export interface Duration {
  minutes: number
  clock: Clock
}

export const wallMinutes = (minutes: number): Duration => ({ minutes, clock: 'wall' })
export const workingMinutes = (minutes: number): Duration => ({ minutes, clock: 'working' })

/** Wall-clock addition; never consults a calendar. */
export function addWallMinutes(from: Date, minutes: number): Date {
  if (!Number.isFinite(minutes)) throw new RangeError(`minutes must be finite (got ${minutes})`)
  return new Date(from.getTime() + Math.round(minutes * MS_PER_MINUTE))
}

/** `from` plus a duration on its own clock. */
export function addDuration(from: Date, duration: Duration, calendar: BusinessCalendar): Date {
  return duration.clock === 'wall' ? addWallMinutes(from, duration.minutes) : calendar.addWorkingMinutes(from, duration.minutes)
}

/** Milliseconds from `from` to `to` on a clock (negative when `to` is earlier). */
export function elapsedMs(from: Date, to: Date, clock: Clock, calendar: BusinessCalendar): number {
  return clock === 'wall' ? to.getTime() - from.getTime() : calendar.workingMsBetween(from, to)
}

/** Minutes from `from` to `to` on a clock (negative when `to` is earlier; fractional below a minute). */
export function elapsedMinutes(from: Date, to: Date, clock: Clock, calendar: BusinessCalendar): number {
  return elapsedMs(from, to, clock, calendar) / MS_PER_MINUTE
}

/** Whether a value is a usable duration (finite, non-negative minutes on a known clock); for configuration checks. */
export function durationProblem(value: Duration): string | null {
  if (!CLOCKS.includes(value.clock)) return `clock "${String(value.clock)}" is neither wall nor working`
  if (!Number.isFinite(value.minutes) || value.minutes <= 0) return `minutes must be a positive number (got ${value.minutes})`
  return null
}
