/**
 * The daily rhythm's use case (issue 4): posts each due slot of each scheduled job once. Durable and exactly once:
 * a slot is a JobRun row keyed (jobId, slot), inserted with ON CONFLICT DO NOTHING in the same transaction as the
 * slot's messages (the outbox). Two replicas, or a minute replayed after a restart, find the row and post nothing.
 * Most jobs post the same message to every target group; a digest posts each group its own (or nothing).
 */
import { MS_PER_DAY } from '../calendar/time.ts'
import type { ReferenceConfig } from '../config/types.ts'
import type { OutboundMessage, RegisteredChat, Store, TxStore } from '../ports.ts'
import { nextWeekRoster } from '../rosters/roster-service.ts'
import type { Unit, UnitLookup } from '../units/types.ts'
import { digestsFor } from './digest.ts'
import { planSchedules, type JobRunStatus, type PlannedRun } from './planner.ts'
import { quickReport, ROUTED_WITHIN_MS } from './report.ts'
import type { ScheduleJob, ScheduleTarget } from './types.ts'

export interface ScheduleDeps {
  store: Store
  config: ReferenceConfig
  /** Known units, communes registered at run time included (default: the configuration's). */
  units?: UnitLookup
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
const PERIOD_MS = { daily: MS_PER_DAY, weekly: 7 * MS_PER_DAY } as const

export async function runSchedules(deps: ScheduleDeps, now: Date): Promise<ScheduleResult> {
  const result: ScheduleResult = { sent: 0, late: 0, skipped: 0, messages: 0 }
  const last = new Map((await deps.store.lastJobRuns()).map((r) => [r.jobId, r.slot]))
  for (const run of planSchedules(deps.config.schedules, last, now, deps.config.clock.calendar)) {
    // Read before the transaction (reports and digests scan the tickets); only the row decides whether it is posted.
    const content = run.status === 'skipped' ? null : await contentOf(deps, run, now)
    const r = await deps.store.transaction(async (tx) => {
      if (!(await tx.recordJobRun({ jobId: run.job.id, slot: run.slot, status: run.status, createdAt: now }))) return null
      if (content === null) return 0
      const messages = (await targetChats(deps, tx, run.job.targets)).flatMap((c): OutboundMessage[] => {
        const m = content(c)
        return m === null ? [] : [{ kind: 'notice', chatId: c.chatId, threadId: null, replyTo: null, code: m.code, data: m.data }]
      })
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

type Content = { code: string; data: Record<string, unknown> }
/** What a slot posts to one chat; null: nothing for that chat (a digest of a group with nothing open). */
type ContentFor = (chat: RegisteredChat) => Content | null

/** Open tickets a digest run reads at most (far beyond any real backlog; the counts stay exact below it). */
const DIGEST_SCAN = 100_000

async function contentOf(deps: ScheduleDeps, run: PlannedRun, now: Date): Promise<ContentFor> {
  const job = run.job
  const common = { jobId: job.id, slot: run.slot.toISOString(), late: run.status === 'sent_late' }
  if (job.kind === 'digest') {
    // Each group its own digest.
    const tickets = await deps.store.listTickets({ visibleTo: null, openOnly: true, limit: DIGEST_SCAN })
    const digestOf = digestsFor(tickets, { commandCentreUnitId: deps.config.routing.commandCentreUnitId, units: unitsOf(deps), clock: deps.config.clock, now })
    return (chat) => {
      const digest = chat.unitId === null ? null : digestOf(chat.unitId)
      return digest === null ? null : { code: 'schedule_digest', data: { ...common, digest } }
    }
  }
  const same = await sameContentOf(deps, run, common)
  return () => same
}

async function sameContentOf(deps: ScheduleDeps, run: PlannedRun, common: Record<string, unknown>): Promise<Content> {
  const job = run.job
  if (job.kind === 'reminder') return { code: 'schedule_reminder', data: { ...common, message: job.message } }
  if (job.kind === 'roster') return { code: 'schedule_roster', data: { ...common, week: await nextWeekRoster(deps, run.slot) } }
  const period = job.kind === 'daily_report' ? 'daily' : 'weekly'
  const from = new Date(run.slot.getTime() - PERIOD_MS[period])
  const facts = await deps.store.reportFacts(new Date(from.getTime() - ROUTED_WITHIN_MS), run.slot)
  return { code: 'schedule_report', data: { ...common, period, report: quickReport(facts, from, run.slot) } }
}

function unitsOf(deps: ScheduleDeps): UnitLookup {
  if (deps.units) return deps.units
  const byId = new Map<string, Unit>(deps.config.units.map((u) => [u.id, u]))
  return { get: (id) => byId.get(id), all: () => [...byId.values()] }
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
