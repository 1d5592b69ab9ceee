import { describe, expect, it } from 'vitest'
import type { ActInput } from '../../services/tickets/ticket-service.ts'
import { actOnTicket } from '../../services/tickets/ticket-service.ts'
import { TICKET_ACTIONS, type TicketAction } from '../../services/tickets/lifecycle.ts'
import { STATUSES, type Actor, type TicketStatus } from '../../services/tickets/types.ts'
import { MemoryStore } from '../helpers/memory-store.ts'
import { actor, directory, shippedConfig, T0, ticketFixture, DIEN_CHAU } from '../helpers/fixtures.ts'

type Persona = 'admin' | 'dispatcher' | 'cc_member' | 'assignee_leader' | 'assignee_member' | 'reporter_leader' | 'reporter_member' | 'province' | 'outsider' | 'private'

const PERSONAS: Record<Persona, Actor> = {
  admin: actor({ isAdmin: true }),
  dispatcher: actor({ isDispatcher: true, unitId: 'ttch', inCommandCentre: true }),
  cc_member: actor({ unitId: 'ttch', inCommandCentre: true }),
  assignee_leader: actor({ unitId: 'vnpt-nghe-an', isUnitLeader: true }),
  assignee_member: actor({ unitId: 'vnpt-nghe-an' }),
  reporter_leader: actor({ unitId: DIEN_CHAU.id, isUnitLeader: true }),
  reporter_member: actor({ unitId: DIEN_CHAU.id }),
  province: actor({ unitId: 'nghe-an' }),
  outsider: actor({ unitId: 'thanh-hoa', isUnitLeader: true }),
  private: actor(),
}

// The rights table, written out independently of the code (README "Quyền"): who may take each action…
const WHO: Record<TicketAction, Persona[]> = {
  assign: ['admin', 'dispatcher'],
  reassign: ['admin', 'dispatcher'],
  set_deadline: ['admin', 'dispatcher'],
  acknowledge: ['assignee_leader', 'assignee_member'],
  start: ['assignee_leader', 'assignee_member'],
  complete: ['assignee_leader', 'assignee_member'],
  close: ['admin', 'dispatcher', 'cc_member'],
  reopen: ['admin', 'dispatcher', 'cc_member'],
  pause: ['admin', 'dispatcher', 'assignee_leader'],
  resume: ['admin', 'dispatcher', 'assignee_leader'],
  reject: ['admin', 'dispatcher', 'assignee_leader'],
  edit: ['admin', 'dispatcher', 'reporter_leader', 'reporter_member'],
  comment: ['admin', 'dispatcher', 'cc_member', 'assignee_leader', 'assignee_member', 'reporter_leader', 'reporter_member', 'province'],
  triage: ['admin', 'dispatcher', 'cc_member'],
  snooze: ['admin', 'dispatcher', 'cc_member', 'assignee_leader', 'assignee_member'],
}
// …and from which statuses.
const OPEN: TicketStatus[] = ['new', 'assigned', 'acknowledged', 'in_progress', 'done', 'paused']
const FROM: Record<TicketAction, TicketStatus[]> = {
  assign: ['new'], acknowledge: ['assigned'], start: ['acknowledged'], complete: ['acknowledged', 'in_progress'],
  close: ['done'], reopen: ['done'], pause: ['assigned', 'acknowledged', 'in_progress'], resume: ['paused'],
  reassign: ['assigned', 'acknowledged', 'in_progress', 'paused'], reject: ['new', 'assigned', 'acknowledged'],
  edit: OPEN, set_deadline: OPEN, comment: [...STATUSES], triage: ['new'], snooze: ['new', 'assigned', 'acknowledged', 'in_progress'],
}
const TO: Partial<Record<TicketAction, TicketStatus>> = {
  assign: 'assigned', acknowledge: 'acknowledged', start: 'in_progress', complete: 'done', close: 'closed', reopen: 'in_progress',
  pause: 'paused', resume: 'acknowledged', reassign: 'assigned', reject: 'rejected',
}

function inputFor(action: TicketAction): ActInput {
  switch (action) {
    case 'assign': case 'reassign': return { action, unitId: 'ttch-dn' }
    case 'reject': return { action, reason: 'out_of_scope' }
    case 'edit': return { action, field: 'priority', value: 'urgent' }
    case 'set_deadline': return { action, deadline: new Date(T0.getTime() + 86_400_000) }
    case 'comment': return { action, text: 'Đã liên hệ kỹ thuật viên', attachments: [] }
    case 'snooze': return { action, until: 'hour' }
    default: return { action } as ActInput
  }
}

/** Without an assignee (Mới) the vendor team is a stranger to the ticket; the reporter may edit only before it is taken. */
function expected(p: Persona, action: TicketAction, status: TicketStatus): 'ok' | 'not_found' | 'not_allowed' | 'bad_status' | 'not_snoozable' {
  const stranger = p === 'outsider' || p === 'private' || (status === 'new' && p.startsWith('assignee'))
  if (stranger) return 'not_found'
  let allowed = WHO[action].includes(p)
  if (action === 'edit' && p.startsWith('reporter') && !['new', 'assigned'].includes(status)) allowed = false
  if (!allowed) return 'not_allowed'
  if (FROM[action].includes(status)) return 'ok'
  // A snooze from an alert of a ticket whose clock stopped gets its own clear message.
  return action === 'snooze' ? 'not_snoozable' : 'bad_status'
}

const config = shippedConfig()
const units = directory(config)

describe('rights: every role × status × action', () => {
  const cases = Object.keys(PERSONAS).flatMap((p) => STATUSES.flatMap((s) => TICKET_ACTIONS.map((a) => [p as Persona, s, a] as const)))

  it('covers 10 personas × 8 statuses × 15 actions', () => {
    expect(cases).toHaveLength(10 * 8 * 15)
  })

  it.each(cases)('%s, %s, %s', async (persona, status, action) => {
    const store = new MemoryStore()
    store.state.tickets.push(ticketFixture(status))
    const before = structuredClone(store.state)
    const req = { updateId: 1, now: T0, actor: PERSONAS[persona], origin: { chatId: -1, threadId: null, messageId: 5 } }
    const result = await actOnTicket({ store, config, units }, req, 7, inputFor(action))
    expect(result.duplicate).toBe(false)
    if (result.duplicate) return
    const want = expected(persona, action, status)
    if (want === 'ok') {
      expect(result.value).toMatchObject({ ok: true })
      expect(store.state.events).toHaveLength(1)
      expect(store.state.tickets[0].status).toBe(TO[action] ?? status)
    } else {
      expect(result.value).toEqual({ ok: false, reason: want })
      expect(store.state).toEqual(before)
    }
  })
})
