/**
 * The SLA tick (issue 4): finds tickets whose reminder, breach alert or escalation step is due and takes each step
 * once. Durable and exactly once: what is due lives in the database (Ticket.slaNextAt, computed from stored facts),
 * and each step is a SlaStep row with a unique key, inserted in the same transaction as its timeline event and its
 * messages (the outbox). Two ticks at once, or a tick replayed after a crash, find the row and do nothing.
 *
 * A snoozed ticket's holdable steps wait for the snooze's end (escalation.ts). The noise budget: a group gets at
 * most `sla.noise.remindersPerGroupPerDay` reminders one by one per business day, counted in ChatNoise in the same
 * transaction; a further reminder is recorded (its timeline event says `folded`) but not posted to that group,
 * which is told once that day that the rest go to its daily digest. Breach alerts and escalations always go out.
 */
import type { ReferenceConfig } from '../config/types.ts'
import type { CardRef, OutboundMessage, Store, TxStore } from '../ports.ts'
import { dutyNotices } from '../rosters/duty.ts'
import type { Ticket, TicketEventType } from '../tickets/types.ts'
import type { UnitLookup } from '../units/types.ts'
import { decideSteps, isCentreStage, plannedSteps, stepKey, ticketDueTimes, type PlannedStep } from './escalation.ts'
import { assigneeKindOf, dueFieldsOf } from './ticket-sla.ts'

export interface SlaTickDeps {
  store: Store
  config: ReferenceConfig
  units: UnitLookup
}

export interface SlaTickResult {
  /** Tickets looked at. */
  tickets: number
  /** Steps taken (reminders, breach alerts, escalations): posted, or a reminder folded into the digest by the noise budget. */
  sent: number
  /** Due steps overtaken by a later one after downtime: recorded, not posted. */
  skipped: number
}

/** How many tickets one tick takes at most; the rest wait for the next tick. */
const BATCH = 200

/** The name the timeline shows as the actor of the clock's own events. */
export const SLA_ACTOR = 'trucban'

export async function runSlaTick(deps: SlaTickDeps, now: Date): Promise<SlaTickResult> {
  const result: SlaTickResult = { tickets: 0, sent: 0, skipped: 0 }
  for (const number of await deps.store.ticketsDueForSla(now, BATCH)) {
    // One transaction per ticket: a failing ticket does not hold back the others.
    const r = await deps.store.transaction((tx) => tickTicket(deps, tx, number, now))
    result.tickets += 1
    result.sent += r.sent
    result.skipped += r.skipped
  }
  return result
}

async function tickTicket(deps: SlaTickDeps, tx: TxStore, number: number, now: Date): Promise<{ sent: number; skipped: number }> {
  const ticket = await tx.lockTicket(number)
  if (!ticket || ticket.slaNextAt === null || ticket.slaNextAt.getTime() > now.getTime()) return { sent: 0, skipped: 0 }
  const clock = deps.config.clock
  const due = ticketDueTimes(ticket, assigneeKindOf(deps.units, ticket.assigneeUnitId), clock)
  const planned = plannedSteps(ticket, due, clock)
  const done = new Set((await tx.slaStepsOf(ticket.id)).map(stepKey))
  const decision = decideSteps(planned, done, now, ticket.snoozedUntil)
  let sent = 0
  let skipped = 0
  for (const step of decision.skip) if (await record(tx, ticket, step, now, true)) skipped += 1
  const messages: OutboundMessage[] = []
  // The ticket's cards, read once: each step replies to them, and they are refreshed after the steps.
  const cards = decision.send.length > 0 ? await tx.cardsOf(ticket.id) : []
  for (const step of decision.send) {
    if (!(await record(tx, ticket, step, now, false))) continue
    const notices = await noticesFor(deps, tx, ticket, cards, step, now)
    messages.push(...notices.messages)
    const folded = notices.foldedChatIds.length > 0 ? { folded: true, foldedChatIds: notices.foldedChatIds } : {}
    await tx.addEvent({ ticketId: ticket.id, type: EVENT_OF[step.kind], actorId: null, actorName: SLA_ACTOR, actorUnitId: null, at: now, data: { ...eventData(step, now), ...folded } })
    // The assignee's person on duty hears of each step privately, once (with the step's row).
    if (!isCentreStage(step.stage)) {
      messages.push(...(await dutyNotices(tx, ticket.assigneeUnitId, now, {
        reason: 'sla', number: ticket.number, kind: step.kind, stage: step.stage, level: step.step, dueAt: step.dueAt.toISOString(), at: now.toISOString(),
        silenceMinutes: deps.config.clock.sla.silence.minutes,
      })))
    }
    sent += 1
  }
  // The cards show the time left: refresh them whenever the clock did something.
  if (sent > 0) messages.push(...cards.map((c): OutboundMessage => ({ kind: 'edit_card', chatId: c.chatId, messageId: c.messageId, ticketId: c.ticketId })))
  await tx.enqueue(messages, now)
  await tx.updateTicket(ticket.id, { ...dueFieldsOf(due), slaNextAt: decision.nextAt, updatedAt: ticket.updatedAt })
  return { sent, skipped }
}

const EVENT_OF: Record<PlannedStep['kind'], TicketEventType> = { reminder: 'sla_reminder', breach: 'sla_breached', escalation: 'escalated' }

const record = (tx: TxStore, t: Ticket, s: PlannedStep, now: Date, skipped: boolean): Promise<boolean> =>
  tx.recordSlaStep({ ticketId: t.id, stage: s.stage, dueAt: s.dueAt, step: s.step, at: s.at, takenAt: now, skipped })

function eventData(s: PlannedStep, now: Date): Record<string, unknown> {
  return { stage: s.stage, step: s.step, dueAt: s.dueAt.toISOString(), late: Math.round((now.getTime() - s.dueAt.getTime()) / 60_000) }
}

/**
 * The step's notice in each active group of its target, as a reply to the ticket's card there when it has one.
 * A reminder beyond a group's noise budget for the day is not posted there (`foldedChatIds`); the reminder that
 * first exceeds it is replaced by one short notice that the day's further reminders go to the group's digest.
 */
async function noticesFor(deps: SlaTickDeps, tx: TxStore, t: Ticket, cards: readonly CardRef[], s: PlannedStep, now: Date): Promise<{ messages: OutboundMessage[]; foldedChatIds: number[] }> {
  const unitId = s.to === 'assignee' ? t.assigneeUnitId : s.to === 'command_centre' ? deps.config.routing.commandCentreUnitId : s.to.unitId
  // An assignee without an active group cannot be reached: the command centre hears of it instead.
  let chats = unitId === null ? [] : (await tx.chatsOfUnit(unitId)).filter((c) => c.active)
  if (chats.length === 0) chats = (await tx.chatsOfUnit(deps.config.routing.commandCentreUnitId)).filter((c) => c.active)
  const data = {
    number: t.number, kind: s.kind, stage: s.stage, level: s.step, dueAt: s.dueAt.toISOString(), at: now.toISOString(),
    assigneeUnitId: t.assigneeUnitId, mentionAdmins: s.mentionAdmins, silenceMinutes: deps.config.clock.sla.silence.minutes,
  }
  const budget = deps.config.clock.sla.noise.remindersPerGroupPerDay
  const day = deps.config.clock.calendar.localDate(now)
  const messages: OutboundMessage[] = []
  const foldedChatIds: number[] = []
  for (const c of chats) {
    const card = cards.find((x) => x.chatId === c.chatId)
    if (s.kind === 'reminder' && budget > 0) {
      const count = await tx.countChatReminder(c.chatId, day)
      if (count > budget) {
        foldedChatIds.push(c.chatId)
        if (count === budget + 1) messages.push({ kind: 'notice', chatId: c.chatId, threadId: card?.threadId ?? null, replyTo: null, code: 'sla_noise', data: { day, budget } })
        continue
      }
    }
    messages.push({ kind: 'notice', chatId: c.chatId, threadId: card?.threadId ?? null, replyTo: card?.messageId ?? null, code: 'sla_step', data })
  }
  return { messages, foldedChatIds }
}
