/**
 * The daily rhythm's use case (issue 4): posts each due slot of each scheduled job once. Durable and exactly once:
 * a slot is a JobRun row keyed (jobId, slot), inserted with ON CONFLICT DO NOTHING in the same transaction as the
 * slot's messages (the outbox). Two replicas, or a minute replayed after a restart, find the row and post nothing.
 */
import { MS_PER_DAY } from '../calendar/time.ts'
import type { ReferenceConfig } from '../config/types.ts'
import type { OutboundMessage, RegisteredChat, Store, TxStore } from '../ports.ts'
import { nextWeekRoster } from '../rosters/roster-service.ts'
import { planSchedules, type JobRunStatus, type PlannedRun } from './planner.ts'
import { quickReport, ROUTED_WITHIN_MS } from './report.ts'
import type { ScheduleJob, ScheduleTarget } from './types.ts'

export interface ScheduleDeps {
  store: Store
  config: ReferenceConfig
}

export interface ScheduleResult {
  /** Slots posted on time. */
  sent: number
  /** Slots posted late (reports after downtime), marked so. */
  late: number
  /** Slots recorded as skipped (reminders whose moment had passed). */
  skipped: number
  /** Messages enqueued. */
  messages: number
}

/** The period a report covers, ending at its slot. */
const PERIOD_MS = { daily_report: MS_PER_DAY, weekly_report: 7 * MS_PER_DAY } as const

export async function runSchedules(deps: ScheduleDeps, now: Date): Promise<ScheduleResult> {
  const result: ScheduleResult = { sent: 0, late: 0, skipped: 0, messages: 0 }
  const last = new Map((await deps.store.lastJobRuns()).map((r) => [r.jobId, r.slot]))
  for (const run of planSchedules(deps.config.schedules, last, now, deps.config.clock.calendar)) {
    // Read before the transaction (reports scan the tickets); only the row decides whether it is posted.
    const content = run.status === 'skipped' ? null : await contentOf(deps, run)
    const r = await deps.store.transaction(async (tx) => {
      if (!(await tx.recordJobRun({ jobId: run.job.id, slot: run.slot, status: run.status, createdAt: now }))) return null
      if (content === null) return 0
      const messages = (await targetChats(deps, tx, run.job.targets)).map((c): OutboundMessage => (
        { kind: 'notice', chatId: c.chatId, threadId: null, replyTo: null, code: content.code, data: content.data }))
      await tx.enqueue(messages, now)
      return messages.length
    })
    if (r === null) continue
    result.messages += r
    const counter: Record<JobRunStatus, keyof ScheduleResult> = { sent: 'sent', sent_late: 'late', skipped: 'skipped' }
    result[counter[run.status]] += 1
  }
  return result
}

async function contentOf(deps: ScheduleDeps, run: PlannedRun): Promise<{ code: string; data: Record<string, unknown> }> {
  const job = run.job
  const common = { jobId: job.id, slot: run.slot.toISOString(), late: run.status === 'sent_late' }
  if (job.kind === 'reminder') return { code: 'schedule_reminder', data: { ...common, message: job.message } }
  if (job.kind === 'roster') return { code: 'schedule_roster', data: { ...common, week: await nextWeekRoster(deps, run.slot) } }
  const from = new Date(run.slot.getTime() - PERIOD_MS[job.kind])
  const facts = await deps.store.reportFacts(new Date(from.getTime() - ROUTED_WITHIN_MS), run.slot)
  return { code: 'schedule_report', data: { ...common, period: job.kind === 'daily_report' ? 'daily' : 'weekly', report: quickReport(facts, from, run.slot) } }
}

/** The active registered groups a job posts to, each once. */
async function targetChats(deps: ScheduleDeps, tx: TxStore, targets: ScheduleJob['targets']): Promise<RegisteredChat[]> {
  const chats = new Map<number, RegisteredChat>()
  for (const target of targets) for (const c of await chatsOf(deps, tx, target)) if (c.active && c.unitId !== null) chats.set(c.chatId, c)
  return [...chats.values()]
}

function chatsOf(deps: ScheduleDeps, tx: TxStore, target: ScheduleTarget): Promise<RegisteredChat[]> {
  if (target === 'all_registered') return tx.registeredChats()
  return tx.chatsOfUnit(target === 'command_centre' ? deps.config.routing.commandCentreUnitId : target.unitId)
}
