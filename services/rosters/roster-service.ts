/**
 * Duty rosters' use cases (issue 4): /truc (who is on duty now), /lichtruc (this week's roster, gaps called out),
 * /phancong (add or remove a shift), the handover post at each shift change, and the private chat a person opens
 * with /start. Extract → here → notices (rendered by the adapter).
 */
import { MS_PER_MINUTE } from '../calendar/time.ts'
import type { ReferenceConfig } from '../config/types.ts'
import type { OutboundMessage, Store } from '../ports.ts'
import { commitOnce, type Committed } from '../shared/commit.ts'
import { notice, seesEverything, summaryOf, type TicketRequest } from '../tickets/ticket-service.ts'
import type { UnitLookup } from '../units/types.ts'
import { mayManageRoster, onDutyAt, overlaps, parseShiftInput, rosterUnits, rosterWeek, shiftItem, weekContaining, type ShiftInputProblem } from './roster.ts'
import type { Shift } from './types.ts'

export interface RosterDeps {
  store: Store
  config: ReferenceConfig
  units: UnitLookup
}

/** /truc: who is on duty now, for this group's unit and (command centre, admins, dispatchers) every team. */
export async function showOnDuty(deps: RosterDeps, req: TicketRequest): Promise<Committed<null>> {
  const now = req.now
  const shifts = await deps.store.shiftsBetween(now, new Date(now.getTime() + 1))
  const unitIds = rosterUnits(deps.units.all(), shifts, req.actor.unitId, seesEverything(req.actor))
  const units = unitIds.map((unitId) => ({ unitId, onDuty: onDutyAt(shifts, unitId, now).map(shiftItem) }))
  return commitOnce(deps.store, req, async () => ({ value: null, messages: [notice(req, 'roster_now', { at: now.toISOString(), units })] }))
}

/** /lichtruc: this week's roster (Monday to Sunday), with the stretches outside working hours nobody covers. */
export async function showWeek(deps: RosterDeps, req: TicketRequest): Promise<Committed<null>> {
  const week = weekContaining(req.now, deps.config.clock.calendar)
  const shifts = await deps.store.shiftsBetween(week.from, week.to)
  const unitIds = rosterUnits(deps.units.all(), shifts, req.actor.unitId, seesEverything(req.actor))
  const data = unitIds.length === 0 ? { code: 'roster_no_unit', data: {} } : { code: 'roster_week', data: { week: rosterWeek(unitIds, shifts, week, deps.config.clock.calendar) } }
  return commitOnce(deps.store, req, async () => ({ value: null, messages: [notice(req, data.code, data.data)] }))
}

/** The roster posted on Fridays: next week's, for the command centre (its teams and every unit with shifts). */
export async function nextWeekRoster(deps: Pick<RosterDeps, 'store' | 'config'>, at: Date) {
  const calendar = deps.config.clock.calendar
  const week = weekContaining(weekContaining(at, calendar).to, calendar)
  const shifts = await deps.store.shiftsBetween(week.from, week.to)
  return rosterWeek(rosterUnits(deps.config.units, shifts, null, true), shifts, week, calendar)
}

export type ShiftRefusal = 'not_allowed' | 'no_unit' | ShiftInputProblem | 'shift_overlap' | 'shift_not_found'
export type ShiftOutcome = { ok: true; shift: Shift } | { ok: false; reason: ShiftRefusal; detail?: Record<string, unknown> }

/** /phancong <from>-<to> as a reply to a person's message: a shift for that person in this group's unit. */
export async function addShift(deps: RosterDeps, req: TicketRequest, person: { userId: number; name: string }, text: string): Promise<Committed<ShiftOutcome>> {
  const unitId = req.actor.unitId
  return commitOnce<ShiftOutcome>(deps.store, req, async (tx) => {
    if (unitId === null) return { refused: { ok: false, reason: 'no_unit' } }
    if (!mayManageRoster(req.actor, unitId)) return { refused: { ok: false, reason: 'not_allowed' } }
    const range = parseShiftInput(text, req.now, deps.config.clock.calendar)
    if (!range.ok) return { refused: { ok: false, reason: range.reason } }
    await tx.lockRoster(unitId)
    const clash = (await tx.shiftsBetween(range.value.from, range.value.to, unitId)).find((s) => s.userId === person.userId && overlaps(s, range.value))
    if (clash) return { refused: { ok: false, reason: 'shift_overlap', detail: { shift: shiftItem(clash) } } }
    const shift = await tx.insertShift({ unitId, userId: person.userId, userName: person.name, startsAt: range.value.from, endsAt: range.value.to, createdBy: req.actor.userId, createdAt: req.now })
    return { value: { ok: true, shift }, messages: [notice(req, 'shift_added', { unitId, shift: shiftItem(shift) })] }
  })
}

/** /phancong xoa <id>: removes a shift (admins, dispatchers, the leaders of the shift's unit). */
export async function removeShift(deps: RosterDeps, req: TicketRequest, id: number): Promise<Committed<ShiftOutcome>> {
  return commitOnce<ShiftOutcome>(deps.store, req, async (tx) => {
    const shift = await tx.shiftById(id)
    if (!shift) return { refused: { ok: false, reason: 'shift_not_found', detail: { id } } }
    if (!mayManageRoster(req.actor, shift.unitId)) return { refused: { ok: false, reason: 'not_allowed' } }
    await tx.lockRoster(shift.unitId)
    await tx.deleteShift(id)
    return { value: { ok: true, shift }, messages: [notice(req, 'shift_removed', { unitId: shift.unitId, shift: shiftItem(shift) })] }
  })
}

/** /start in a private chat: the bot may now write to this person (on-duty notices). */
export async function startPrivateChat(deps: Pick<RosterDeps, 'store'>, req: TicketRequest): Promise<Committed<null>> {
  return commitOnce(deps.store, req, async (tx) => {
    await tx.recordPrivateChat(req.actor.userId, req.actor.name, req.now)
    return { value: null, messages: [notice(req, 'start', { private: true })] }
  })
}

// ---- Handover at each shift change --------------------------------------------------------------------------------

export const HANDOVER_JOB_PREFIX = 'handover:'
const HANDOVER_LIMIT = 20

export interface HandoverResult {
  /** Shift changes posted. */
  posted: number
  messages: number
}

/**
 * At each shift change of a team (a shift starts) a short handover post in the team's groups: who is on duty now, and
 * the team's open and overdue tickets. Exactly once per (team, shift start): a JobRun row keyed
 * ("handover:<unit>", start), inserted with the messages in one transaction. A change older than the schedules'
 * `lateAfter` (the bot was down) is not posted: a late handover helps nobody.
 */
export async function runHandovers(deps: Pick<RosterDeps, 'store' | 'config'>, now: Date): Promise<HandoverResult> {
  const result: HandoverResult = { posted: 0, messages: 0 }
  const since = new Date(now.getTime() - deps.config.schedules.lateAfterMinutes * MS_PER_MINUTE)
  const shifts = await deps.store.shiftsBetween(since, new Date(now.getTime() + 1))
  const changes = new Map<string, { unitId: string; at: Date }>()
  for (const s of shifts) {
    if (s.startsAt.getTime() <= since.getTime() || s.startsAt.getTime() > now.getTime()) continue
    changes.set(`${s.unitId}|${s.startsAt.toISOString()}`, { unitId: s.unitId, at: s.startsAt })
  }
  for (const { unitId, at } of changes.values()) {
    // Read before the transaction; only the JobRun row decides whether it is posted.
    const tickets = await deps.store.listTickets({ visibleTo: null, openOnly: true, assigneeUnitId: unitId, limit: HANDOVER_LIMIT + 1 })
    const items = tickets.slice(0, HANDOVER_LIMIT).map((t) => summaryOf(t, now))
    const data = {
      unitId, at: at.toISOString(), onDuty: onDutyAt(shifts, unitId, at).map(shiftItem),
      items, overdue: items.filter((t) => t.overdue).length, more: tickets.length > HANDOVER_LIMIT,
    }
    const sent = await deps.store.transaction(async (tx) => {
      if (!(await tx.recordJobRun({ jobId: HANDOVER_JOB_PREFIX + unitId, slot: at, status: 'sent', createdAt: now }))) return null
      const messages = (await tx.chatsOfUnit(unitId)).filter((c) => c.active)
        .map((c): OutboundMessage => ({ kind: 'notice', chatId: c.chatId, threadId: null, replyTo: null, code: 'roster_handover', data }))
      await tx.enqueue(messages, now)
      return messages.length
    })
    if (sent === null) continue
    result.posted += 1
    result.messages += sent
  }
  return result
}
