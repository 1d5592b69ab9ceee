import { describe, expect, it } from 'vitest'
import { BusinessCalendar } from '../../../services/calendar/business-calendar.ts'
import { DEFAULT_SLA_POLICY } from '../../../services/sla/policy.ts'
import { dueTimes, nextTransition, remainingMinutes, slaState, warningAt, type SlaDeadline, type SlaTicketFacts } from '../../../services/sla/sla.ts'

/** A literal instant on the Vietnam wall clock: vn('2026-03-06T16:20'). */
const vn = (local: string): Date => new Date(`${local}${local.length === 16 ? ':00' : ''}+07:00`)
const cal = BusinessCalendar.vietnam()
const P = DEFAULT_SLA_POLICY

const at = (d: SlaDeadline | null) => d && { start: d.startAt.toISOString(), warn: d.warnAt.toISOString(), due: d.dueAt.toISOString(), clock: d.clock, met: d.metAt?.toISOString() ?? null }
const expected = (start: string, warn: string, due: string, clock: 'wall' | 'working', met: string | null = null) =>
  ({ start: vn(start).toISOString(), warn: vn(warn).toISOString(), due: vn(due).toISOString(), clock, met: met && vn(met).toISOString() })

// A unit (not a vendor) gets a ticket late on Friday 6 March 2026.
const unitFriday: SlaTicketFacts = {
  priority: 'normal',
  createdAt: vn('2026-03-06T16:00'),
  triagedAt: vn('2026-03-06T16:05'),
  assigneeKind: 'unit',
  assignedAt: vn('2026-03-06T16:20'),
}

describe('dueTimes', () => {
  it('unit: acknowledgement in 2 working hours over the weekend; 24 h of silence on the wall clock', () => {
    const d = dueTimes(unitFriday, P, cal)
    expect(d.ackDueAt?.toISOString()).toBe(vn('2026-03-09T08:50').toISOString())
    expect(d.fixDueAt).toBeNull()
    expect(d.silenceEscalateAt?.toISOString()).toBe(vn('2026-03-07T16:20').toISOString())
    expect(at(d.deadlines.triage)).toEqual(expected('2026-03-06T16:00', '2026-03-06T16:12', '2026-03-06T16:15', 'wall', '2026-03-06T16:05'))
    expect(at(d.deadlines.assignment)).toEqual(expected('2026-03-06T16:00', '2026-03-06T16:24', '2026-03-06T16:30', 'wall', '2026-03-06T16:20'))
    // 80 % of 120 working minutes = 96: 40 on Friday, 56 on Monday.
    expect(at(d.deadlines.ack)).toEqual(expected('2026-03-06T16:20', '2026-03-09T08:26', '2026-03-09T08:50', 'working'))
    // 80 % of 24 h = 19 h 12 min.
    expect(at(d.deadlines.silence)).toEqual(expected('2026-03-06T16:20', '2026-03-07T11:32', '2026-03-07T16:20', 'wall'))
  })

  it('unit: the fix deadline is the ticket\'s own deadline, counted from assignment', () => {
    const d = dueTimes({ ...unitFriday, deadline: vn('2026-03-11T17:00') }, P, cal)
    expect(d.fixDueAt?.toISOString()).toBe(vn('2026-03-11T17:00').toISOString())
    expect(at(d.deadlines.fix)).toEqual(expected('2026-03-06T16:20', '2026-03-10T16:52', '2026-03-11T17:00', 'wall'))
  })

  it('vendor P1 on a Saturday night: 15 min / 2 h on the wall clock; auto-routing meets triage and assignment', () => {
    const d = dueTimes({ priority: 'urgent', createdAt: vn('2026-03-07T02:00'), assigneeKind: 'vendor', assignedAt: vn('2026-03-07T02:00') }, P, cal)
    expect(at(d.deadlines.ack)).toEqual(expected('2026-03-07T02:00', '2026-03-07T02:12', '2026-03-07T02:15', 'wall'))
    expect(at(d.deadlines.fix)).toEqual(expected('2026-03-07T02:00', '2026-03-07T03:36', '2026-03-07T04:00', 'wall'))
    expect(d.deadlines.triage.metAt?.toISOString()).toBe(vn('2026-03-07T02:00').toISOString())
    expect(slaState(d.deadlines.triage, vn('2026-03-07T03:00'))).toBe('ok')
    expect(slaState(d.deadlines.assignment, vn('2026-03-07T03:00'))).toBe('ok')
  })

  it('vendor P1: the SLA fix time governs even when the ticket carries a later deadline', () => {
    const d = dueTimes({ priority: 'urgent', createdAt: vn('2026-03-07T02:00'), assigneeKind: 'vendor', assignedAt: vn('2026-03-07T02:00'), deadline: vn('2026-03-09T17:00') }, P, cal)
    expect(d.fixDueAt?.toISOString()).toBe(vn('2026-03-07T04:00').toISOString())
  })

  it('vendor P2 on mùng 1 Tết 2026: the wall clock ignores the holiday', () => {
    const d = dueTimes({ priority: 'high', createdAt: vn('2026-02-17T09:50'), assigneeKind: 'vendor', assignedAt: vn('2026-02-17T10:00') }, P, cal)
    expect(d.ackDueAt?.toISOString()).toBe(vn('2026-02-17T10:30').toISOString())
    expect(at(d.deadlines.fix)).toEqual(expected('2026-02-17T10:00', '2026-02-17T13:12', '2026-02-17T14:00', 'wall'))
  })

  it('vendor P3 just before Tết 2026: 2 / 8 working hours resume on Monday 23/2', () => {
    const d = dueTimes({ priority: 'normal', createdAt: vn('2026-02-13T15:50'), assigneeKind: 'vendor', assignedAt: vn('2026-02-13T16:00') }, P, cal)
    expect(at(d.deadlines.ack)).toEqual(expected('2026-02-13T16:00', '2026-02-23T08:06', '2026-02-23T08:30', 'working'))
    // 480 working minutes: 60 on Friday, 240 on Monday morning, 180 after lunch. 80 % = 384 → 14:54.
    expect(at(d.deadlines.fix)).toEqual(expected('2026-02-13T16:00', '2026-02-23T14:54', '2026-02-23T16:30', 'working'))
  })

  it('vendor P4: 4 working hours to respond; fix by agreement = the ticket\'s deadline, or none', () => {
    const base: SlaTicketFacts = { priority: 'low', createdAt: vn('2026-03-02T07:55'), assigneeKind: 'vendor', assignedAt: vn('2026-03-02T08:00') }
    const d = dueTimes(base, P, cal)
    expect(d.ackDueAt?.toISOString()).toBe(vn('2026-03-02T14:00').toISOString())
    expect(d.fixDueAt).toBeNull()
    expect(dueTimes({ ...base, deadline: vn('2026-03-20T17:00') }, P, cal).fixDueAt?.toISOString()).toBe(vn('2026-03-20T17:00').toISOString())
  })

  it('a ticket waiting in Mới at night: triage and assignment run on the wall clock; no acknowledgement yet', () => {
    const facts: SlaTicketFacts = { priority: 'normal', createdAt: vn('2026-03-02T22:00'), assigneeKind: null, assignedAt: null }
    const d = dueTimes(facts, P, cal)
    expect(at(d.deadlines.triage)).toEqual(expected('2026-03-02T22:00', '2026-03-02T22:12', '2026-03-02T22:15', 'wall'))
    expect(at(d.deadlines.assignment)).toEqual(expected('2026-03-02T22:00', '2026-03-02T22:24', '2026-03-02T22:30', 'wall'))
    expect(d.ackDueAt).toBeNull()
    expect(d.fixDueAt).toBeNull()
    expect(d.silenceEscalateAt?.toISOString()).toBe(vn('2026-03-03T22:00').toISOString())
    expect(slaState(d.deadlines.triage, vn('2026-03-02T22:14'))).toBe('warning')
    expect(slaState(d.deadlines.triage, vn('2026-03-02T22:15'))).toBe('breached')
    // With a deadline, the fix clock runs from creation until someone is assigned.
    expect(at(dueTimes({ ...facts, deadline: vn('2026-03-03T22:00') }, P, cal).deadlines.fix)?.start).toBe(vn('2026-03-02T22:00').toISOString())
  })

  it('a reassignment restarts the budgets: the previous assignee\'s acknowledgement does not count', () => {
    const d = dueTimes({ ...unitFriday, assignedAt: vn('2026-03-09T09:00'), acknowledgedAt: vn('2026-03-06T16:30'), lastResponseAt: vn('2026-03-06T16:30') }, P, cal)
    expect(d.deadlines.ack?.metAt).toBeNull()
    expect(d.ackDueAt?.toISOString()).toBe(vn('2026-03-09T11:00').toISOString())
    expect(d.silenceEscalateAt?.toISOString()).toBe(vn('2026-03-10T09:00').toISOString())
  })

  it('a response restarts the silence clock; resolution stops it and meets the fix', () => {
    const answered = dueTimes({ ...unitFriday, acknowledgedAt: vn('2026-03-09T08:00'), lastResponseAt: vn('2026-03-10T15:00') }, P, cal)
    expect(answered.silenceEscalateAt?.toISOString()).toBe(vn('2026-03-11T15:00').toISOString())
    expect(slaState(answered.deadlines.ack!, vn('2026-03-12T00:00'))).toBe('ok')
    const resolved = dueTimes({ ...unitFriday, deadline: vn('2026-03-11T17:00'), resolvedAt: vn('2026-03-11T16:00') }, P, cal)
    expect(resolved.silenceEscalateAt).toBeNull()
    expect(resolved.deadlines.silence).toBeNull()
    expect(slaState(resolved.deadlines.fix!, vn('2026-03-12T09:00'))).toBe('ok')
  })

  it('"Done when": acknowledge within 1 minute on a 24/7 calendar', () => {
    const policy = { ...P, acknowledgement: { minutes: 1, clock: 'working' as const } }
    const d = dueTimes({ ...unitFriday, assignedAt: vn('2026-03-07T03:00') }, policy, BusinessCalendar.alwaysOpen())
    expect(at(d.deadlines.ack)).toEqual(expected('2026-03-07T03:00', '2026-03-07T03:00:48', '2026-03-07T03:01', 'working'))
  })
})

describe('warningAt', () => {
  it('wall clock: 80 % of the span', () => {
    expect(warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T10:15'), 0.8, cal, 'wall').toISOString()).toBe(vn('2026-03-02T10:12').toISOString())
  })

  it('working clock: 80 % of the working minutes, lunch excluded (13:36, not the wall-clock 13:12)', () => {
    expect(warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T14:00'), 0.8, cal, 'working').toISOString()).toBe(vn('2026-03-02T13:36').toISOString())
    expect(warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T14:00'), 0.8, cal, 'wall').toISOString()).toBe(vn('2026-03-02T13:12').toISOString())
  })

  it('working clock across a weekend: Friday 16:00 → Monday 08:30 warns on Monday 08:06', () => {
    expect(warningAt(vn('2026-03-06T16:00'), vn('2026-03-09T08:30'), 0.8, cal, 'working').toISOString()).toBe(vn('2026-03-09T08:06').toISOString())
  })

  it('edge fractions and spans', () => {
    expect(warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T11:00'), 1, cal, 'working').toISOString()).toBe(vn('2026-03-02T11:00').toISOString())
    expect(warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T11:00'), 0.5, cal, 'wall').toISOString()).toBe(vn('2026-03-02T10:30').toISOString())
    expect(warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T09:00'), 0.8, cal, 'wall').toISOString()).toBe(vn('2026-03-02T09:00').toISOString())
    expect(() => warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T11:00'), 0, cal, 'wall')).toThrow(RangeError)
    expect(() => warningAt(vn('2026-03-02T10:00'), vn('2026-03-02T11:00'), 1.2, cal, 'wall')).toThrow(RangeError)
  })
})

describe('slaState at the exact boundaries', () => {
  const p1 = dueTimes({ priority: 'urgent', createdAt: vn('2026-03-07T02:00'), assigneeKind: 'vendor', assignedAt: vn('2026-03-07T02:00') }, P, cal).deadlines.ack!

  it.each([
    ['2026-03-07T02:00', 'ok'],
    ['2026-03-07T02:11:59.999', 'ok'],
    ['2026-03-07T02:12', 'warning'],
    ['2026-03-07T02:14:59.999', 'warning'],
    ['2026-03-07T02:15', 'breached'],
    ['2026-03-08T02:15', 'breached'],
  ])('wall clock (P1 response, due 02:15, warn 02:12): at %s → %s', (now, want) => {
    expect(slaState(p1, vn(now))).toBe(want)
  })

  it('met at dueAt is on time; a millisecond later is late; a fulfilment after now is not yet known', () => {
    expect(slaState({ ...p1, metAt: vn('2026-03-07T02:15') }, vn('2026-03-07T03:00'))).toBe('ok')
    expect(slaState({ ...p1, metAt: vn('2026-03-07T02:15:00.001') }, vn('2026-03-07T03:00'))).toBe('breached')
    expect(slaState({ ...p1, metAt: vn('2026-03-07T02:20') }, vn('2026-03-07T02:13'))).toBe('warning')
  })

  const unitAck = dueTimes(unitFriday, P, cal).deadlines.ack!

  it.each([
    ['2026-03-06T16:59', 'ok'],
    // Wall-clock 80 % of the span Friday 16:20 → Monday 08:50 would fall on Sunday 20:16; the working clock says ok.
    ['2026-03-08T20:16', 'ok'],
    ['2026-03-09T08:25:59.999', 'ok'],
    ['2026-03-09T08:26', 'warning'],
    ['2026-03-09T08:49:59.999', 'warning'],
    ['2026-03-09T08:50', 'breached'],
  ])('working clock (unit acknowledgement, due Mon 08:50, warn 08:26): at %s → %s', (now, want) => {
    expect(slaState(unitAck, vn(now))).toBe(want)
  })

  it('nextTransition: the reminder, then the breach, then nothing', () => {
    expect(nextTransition(unitAck, vn('2026-03-06T17:00'))?.toISOString()).toBe(vn('2026-03-09T08:26').toISOString())
    expect(nextTransition(unitAck, vn('2026-03-09T08:26'))?.toISOString()).toBe(vn('2026-03-09T08:50').toISOString())
    expect(nextTransition(unitAck, vn('2026-03-09T08:50'))).toBeNull()
    expect(nextTransition({ ...unitAck, metAt: vn('2026-03-09T08:00') }, vn('2026-03-09T08:10'))).toBeNull()
  })

  it('remainingMinutes: on the deadline\'s own clock, negative when overdue', () => {
    expect(remainingMinutes(unitAck, vn('2026-03-07T12:00'), cal)).toBe(80)
    expect(remainingMinutes(unitAck, vn('2026-03-09T09:00'), cal)).toBe(-10)
    expect(remainingMinutes(p1, vn('2026-03-07T02:20'), cal)).toBe(-5)
  })
})
