/**
 * The planner of the daily rhythm: for `now` and the latest slot recorded for each job, which slot of each job is
 * due and what to do with it. Pure: the clock is an argument, what was done comes from the caller (JobRun rows).
 *
 * Rules
 * - Only a job's latest due slot counts: slots it overtook after downtime are neither posted nor recorded.
 * - A slot taken within `lateAfterMinutes` is on time. Later than that, a `send_late` job posts it once, marked
 *   late; a `drop` job records it as skipped (a 7:30 reminder at 11:00 makes no sense, nor does a burst of them).
 * - workingDaysOnly: only slots on the business calendar's working days are slots at all.
 * - A job with no recorded run (new in the configuration, or a fresh database) does not catch up: it starts with
 *   its next on-time slot.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts'
import { MS_PER_DAY, MS_PER_MINUTE } from '../calendar/time.ts'
import { slotsBetween } from './cron.ts'
import type { ScheduleJob, ScheduleSettings } from './types.ts'

/** How far back a job's missed slot is looked for: a week and a day (a weekly report missed over a long weekend). */
export const LOOKBACK_MS = 8 * MS_PER_DAY

export type JobRunStatus = 'sent' | 'sent_late' | 'skipped'

export interface PlannedRun {
  job: ScheduleJob
  slot: Date
  status: JobRunStatus
}

/** Slots scanned per job and call at most (an every-minute job on non-working days stays cheap). */
const SCAN_LIMIT = 20_000

export function planSchedules(settings: ScheduleSettings, lastSlots: ReadonlyMap<string, Date>, now: Date, calendar: BusinessCalendar): PlannedRun[] {
  const plans: PlannedRun[] = []
  for (const job of settings.jobs) {
    if (!job.enabled) continue
    const last = lastSlots.get(job.id)
    const lateMs = settings.lateAfterMinutes * MS_PER_MINUTE
    // Without a recorded run only an on-time slot counts (no catch-up for a job never run).
    const horizon = last === undefined ? now.getTime() - lateMs - 1 : Math.max(last.getTime(), now.getTime() - LOOKBACK_MS)
    const slot = latestEligibleSlot(job, settings.offsetMinutes, new Date(horizon), now, calendar)
    if (slot === null) continue
    const late = now.getTime() - slot.getTime() > lateMs
    plans.push({ job, slot, status: !late ? 'sent' : job.catchUp === 'send_late' ? 'sent_late' : 'skipped' })
  }
  return plans
}

function latestEligibleSlot(job: ScheduleJob, offsetMinutes: number, after: Date, now: Date, calendar: BusinessCalendar): Date | null {
  const slots = slotsBetween(job.cron, offsetMinutes, after, now, job.workingDaysOnly ? SCAN_LIMIT : 1)
  return job.workingDaysOnly ? slots.find((s) => calendar.isWorkingDay(s)) ?? null : slots[0] ?? null
}
