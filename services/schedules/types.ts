import type { CronExpression } from './cron.ts'

/**
 * The reminders a job can post; their texts live in the catalogue (bot/messages/vi.ts, `schedule.reminder`).
 * Handbook: 7:30 dashboard check (004:902-904), 8:00 stand-up (004:832-833), 8:30 data cut-off (004:883-884),
 * Thursday 16:00 weekly progress update (004:1221-1222), 17:00 online meeting (004:555-556, 004:838),
 * Friday 14:00 weekly cut-off (004:884).
 */
export const REMINDER_MESSAGES = ['system_check', 'briefing', 'data_cutoff', 'weekly_update', 'online_meeting', 'weekly_cutoff'] as const
export type ReminderMessage = (typeof REMINDER_MESSAGES)[number]

/**
 * roster: next week's duty roster with its gaps outside working hours (the Friday post, issue 4).
 * digest: to each target group, its own unit's open tickets, late ones first (services/schedules/digest.ts).
 */
export const SCHEDULE_KINDS = ['reminder', 'daily_report', 'weekly_report', 'roster', 'digest'] as const
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number]

/** After downtime: a missed slot is posted once, late and marked so (send_late), or recorded as skipped (drop). */
export const CATCH_UP = ['send_late', 'drop'] as const
export type CatchUp = (typeof CATCH_UP)[number]

/** The command centre's groups, every active registered group, or the groups of a unit. */
export type ScheduleTarget = 'command_centre' | 'all_registered' | { unitId: string }

export interface ScheduleJob {
  /** Stable id: JobRun rows are keyed by it, so renaming a job starts it afresh. */
  id: string
  cron: CronExpression
  enabled: boolean
  targets: readonly ScheduleTarget[]
  kind: ScheduleKind
  /** The reminder's text (kind reminder only). */
  message: ReminderMessage | null
  /** Slots on days the business calendar says are not working days are skipped. */
  workingDaysOnly: boolean
  catchUp: CatchUp
}

export interface ScheduleSettings {
  /** The zone of the cron expressions; a fixed offset (Asia/Ho_Chi_Minh = UTC+7). */
  timeZone: string
  offsetMinutes: number
  /** A slot taken later than this is late: a report is then marked late, a reminder dropped. */
  lateAfterMinutes: number
  jobs: readonly ScheduleJob[]
}
