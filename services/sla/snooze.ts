/**
 * Snoozing a ticket's reminders from an alert (issue 4): [⏰ Nhắc lại sau 1 giờ] [🌅 Sáng mai]. Pure: `now` and the
 * calendar are arguments. What a snooze holds, and what it never holds, is decided in escalation.ts (isHoldable).
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts'
import { MS_PER_DAY, MS_PER_HOUR } from '../calendar/time.ts'

export const SNOOZE_OPTIONS = ['hour', 'morning'] as const
export type SnoozeOption = (typeof SNOOZE_OPTIONS)[number]

/**
 * Until when a snooze holds: one hour on the wall clock, or "sáng mai" — the start of working hours on the next
 * working day after today (a Friday evening snoozes to Monday 07:30, the eve of a holiday to the day after it). On
 * an always-open calendar every day is a working day: tomorrow at the start of the first working window (07:30).
 */
export function snoozeUntil(option: SnoozeOption, now: Date, calendar: BusinessCalendar): Date {
  if (option === 'hour') return new Date(now.getTime() + MS_PER_HOUR)
  const tomorrow = calendar.localDate(new Date(calendar.instantOf(calendar.localDate(now)).getTime() + MS_PER_DAY))
  if (calendar.isAlwaysOpen) return calendar.instantOf(tomorrow, calendar.workingHours[0]?.[0] ?? '07:30')
  return calendar.nextWorkingStart(calendar.instantOf(tomorrow))
}

/** Two snoozes this close are the same one (a double tap of «1 giờ» a few seconds apart writes one event). */
export const SAME_SNOOZE_MS = 5 * 60_000
