/**
 * The clock's jobs. node-cron only ticks and keeps nothing: what is due lives in the database (Ticket.slaNextAt,
 * SlaStep, JobRun), so a restart, a missed minute or a second replica changes nothing about what is sent, or how often.
 */
import cron, { type ScheduledTask } from 'node-cron'
import { runHandovers } from '../services/rosters/roster-service.ts'
import { runSchedules } from '../services/schedules/run-schedules.ts'
import { runSlaTick } from '../services/sla/sla-tick.ts'
import type { AppDeps } from './context.ts'
import type { OutboxSender } from './outbox-sender.ts'

export const JOBS_TIME_ZONE = 'Asia/Ho_Chi_Minh'
/**
 * The SLA tick's cadence: every 10 seconds. A minute would do for the handbook's hours-long SLAs, but the gap between a
 * reminder (80 %) and its breach is 12 seconds when an SLA is shortened to one minute for a drill; a tick asks the
 * database one indexed question (Ticket.slaNextAt ≤ now), so the shorter cadence costs next to nothing.
 */
export const SLA_TICK_SECONDS = 10
export const SLA_TICK_CRON = `*/${SLA_TICK_SECONDS} * * * * *`

export interface Jobs {
  /** One SLA tick now (what the 10-second job runs), then the sender delivers what it committed. */
  tick(): Promise<void>
  /** The scheduled posts and shift handovers due now (what the minute job runs), then the sender delivers what it committed. */
  schedules(): Promise<void>
  stop(): Promise<void>
}

export function startJobs(deps: AppDeps, sender: Pick<OutboxSender, 'kick'>): Jobs {
  const tick = async () => {
    try {
      const r = await runSlaTick(deps, deps.now())
      if (r.sent > 0 || r.skipped > 0) deps.logger.info({ msg: 'sla.tick', ...r })
    } catch (e) {
      deps.logger.error({ msg: 'sla.tick_failed', error: e instanceof Error ? e.message : String(e) })
    } finally {
      sender.kick()
    }
  }
  const schedules = async () => {
    try {
      const now = deps.now()
      const r = await runSchedules(deps, now)
      if (r.sent > 0 || r.late > 0 || r.skipped > 0) deps.logger.info({ msg: 'schedules.run', ...r })
      // Handovers at shift changes: once per (team, shift start), JobRun too.
      const h = await runHandovers(deps, now)
      if (h.posted > 0) deps.logger.info({ msg: 'schedules.handovers', ...h })
    } catch (e) {
      deps.logger.error({ msg: 'schedules.run_failed', error: e instanceof Error ? e.message : String(e) })
    } finally {
      sender.kick()
    }
  }
  const tasks: ScheduledTask[] = [
    // Every 10 seconds (SLA_TICK_CRON); a tick still running when the next one is due is not overlapped.
    cron.schedule(SLA_TICK_CRON, tick, { name: 'sla-tick', timezone: JOBS_TIME_ZONE, noOverlap: true }),
    // The daily rhythm: every minute too; what is due, and what was already posted, the database says (JobRun).
    cron.schedule('* * * * *', schedules, { name: 'schedules', timezone: JOBS_TIME_ZONE, noOverlap: true }),
  ]
  return {
    tick,
    schedules,
    async stop() {
      for (const t of tasks) await t.destroy()
    },
  }
}
