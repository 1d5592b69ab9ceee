import { describe, expect, it } from 'vitest'
import { BusinessCalendar } from '../../../services/calendar/index.ts'
import { mayManageRoster, onDutyAt, outsideWorkingHours, parseShiftInput, rosterUnits, rosterWeek, uncovered, weekContaining } from '../../../services/rosters/roster.ts'
import { addShift, removeShift, showWeek } from '../../../services/rosters/roster-service.ts'
import type { Shift } from '../../../services/rosters/types.ts'
import type { TicketRequest } from '../../../services/tickets/ticket-service.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'
import { actor, directory, shippedConfig } from '../../helpers/fixtures.ts'

const config = shippedConfig()
const calendar = config.clock.calendar
const units = directory(config)
const vn = (s: string) => new Date(`${s}+07:00`)
let nextId = 1
const shift = (unitId: string, userId: number, from: string, to: string): Shift =>
  ({ id: nextId++, unitId, userId, userName: `Người ${userId}`, startsAt: vn(from), endsAt: vn(to), createdBy: 900, createdAt: vn('2026-11-20T08:00:00') })
const iso = (s: string) => vn(s).toISOString()

describe('the roster, pure', () => {
  const shifts = [
    shift('ttch-cq', 1, '2026-11-30T17:00:00', '2026-12-01T07:30:00'),
    shift('ttch-cq', 2, '2026-11-30T07:30:00', '2026-11-30T17:00:00'),
    shift('ttch-dn', 3, '2026-11-30T17:00:00', '2026-12-01T07:30:00'),
  ]

  it('who is on duty at an instant: start included, end excluded, per unit', () => {
    expect(onDutyAt(shifts, 'ttch-cq', vn('2026-11-30T17:00:00')).map((s) => s.userId)).toEqual([1])
    expect(onDutyAt(shifts, 'ttch-cq', vn('2026-11-30T16:59:00')).map((s) => s.userId)).toEqual([2])
    expect(onDutyAt(shifts, 'ttch-cq', vn('2026-12-01T07:30:00'))).toEqual([])
    expect(onDutyAt(shifts, 'ttch-dn', vn('2026-12-01T03:00:00')).map((s) => s.userId)).toEqual([3])
  })

  it('the week runs Monday 00:00 to Monday 00:00 in Vietnam, whatever the instant in UTC', () => {
    // Sunday 06/12 23:30 in Vietnam is 16:30Z on Sunday; Monday 07/12 00:30 in Vietnam is still Sunday in UTC.
    expect(weekContaining(vn('2026-12-06T23:30:00'), calendar)).toEqual({ from: vn('2026-11-30T00:00:00'), to: vn('2026-12-07T00:00:00') })
    expect(weekContaining(vn('2026-12-07T00:30:00'), calendar)).toEqual({ from: vn('2026-12-07T00:00:00'), to: vn('2026-12-14T00:00:00') })
  })

  it('outside working hours: nights, lunch, the weekend', () => {
    const day = outsideWorkingHours({ from: vn('2026-11-30T00:00:00'), to: vn('2026-12-01T00:00:00') }, calendar)
    expect(day).toEqual([
      { from: vn('2026-11-30T00:00:00'), to: vn('2026-11-30T07:30:00') },
      { from: vn('2026-11-30T11:30:00'), to: vn('2026-11-30T13:30:00') },
      { from: vn('2026-11-30T17:00:00'), to: vn('2026-12-01T00:00:00') },
    ])
    const weekend = outsideWorkingHours({ from: vn('2026-12-05T00:00:00'), to: vn('2026-12-07T00:00:00') }, calendar)
    expect(weekend).toEqual([{ from: vn('2026-12-05T00:00:00'), to: vn('2026-12-07T00:00:00') }])
    expect(outsideWorkingHours({ from: vn('2026-11-30T00:00:00'), to: vn('2026-12-01T00:00:00') }, BusinessCalendar.alwaysOpen())).toEqual([])
  })

  it('gaps are the off-hours nobody covers', () => {
    const spans = [{ from: vn('2026-11-30T17:00:00'), to: vn('2026-12-01T07:30:00') }]
    expect(uncovered(spans, [shifts[0]])).toEqual([])
    expect(uncovered(spans, [shift('x', 9, '2026-11-30T18:00:00', '2026-11-30T22:00:00'), shift('x', 8, '2026-11-30T21:00:00', '2026-12-01T06:00:00')])).toEqual([
      { from: vn('2026-11-30T17:00:00'), to: vn('2026-11-30T18:00:00') },
      { from: vn('2026-12-01T06:00:00'), to: vn('2026-12-01T07:30:00') },
    ])
  })

  it("the week's roster: each unit's shifts and the gaps outside working hours", () => {
    const week = rosterWeek(['ttch-cq', 'ttch-ph'], shifts, weekContaining(vn('2026-12-02T10:00:00'), calendar), calendar)
    expect(week.from).toBe(iso('2026-11-30T00:00:00'))
    expect(week.units[0].shifts.map((s) => s.userId)).toEqual([2, 1])
    // Covered: Monday night only. Gaps: Monday before 07:30 and lunch, Tuesday's lunch and evening, …
    expect(week.units[0].gaps.slice(0, 3)).toEqual([
      { from: iso('2026-11-30T00:00:00'), to: iso('2026-11-30T07:30:00') },
      { from: iso('2026-12-01T11:30:00'), to: iso('2026-12-01T13:30:00') },
      { from: iso('2026-12-01T17:00:00'), to: iso('2026-12-02T07:30:00') },
    ])
    // Lunch on Monday is covered by the day shift (07:30–17:00).
    expect(week.units[0].gaps.some((g) => g.from === iso('2026-11-30T11:30:00'))).toBe(false)
    // A team without shifts: the whole week's off-hours are gaps, ending with the weekend.
    expect(week.units[1].gaps.at(-1)).toEqual({ from: iso('2026-12-04T17:00:00'), to: iso('2026-12-07T00:00:00') })
  })

  it('which units a view lists: the command centre sees its five teams and every unit with shifts', () => {
    const withVnpt = [...shifts, shift('vnpt-nghe-an', 4, '2026-12-01T17:00:00', '2026-12-02T07:30:00')]
    expect(rosterUnits(config.units, withVnpt, 'ttch', true)).toEqual(['ttch', 'ttch-cq', 'ttch-dang', 'ttch-ph', 'ttch-dn', 'ttch-tt', 'vnpt-nghe-an'])
    expect(rosterUnits(config.units, withVnpt, 'nghe-an', false)).toEqual(['nghe-an'])
  })

  it('reads /phancong ranges: overnight, with an end date, and refuses nonsense', () => {
    const now = vn('2026-11-25T09:00:00')
    expect(parseShiftInput('30/11 17:00-07:30', now, calendar)).toEqual({ ok: true, value: { from: vn('2026-11-30T17:00:00'), to: vn('2026-12-01T07:30:00') } })
    expect(parseShiftInput('30/11 7h30-11h30', now, calendar)).toEqual({ ok: true, value: { from: vn('2026-11-30T07:30:00'), to: vn('2026-11-30T11:30:00') } })
    expect(parseShiftInput('31/12 17:00 - 02/01 07:30', now, calendar)).toEqual({ ok: true, value: { from: vn('2026-12-31T17:00:00'), to: vn('2027-01-02T07:30:00') } })
    expect(parseShiftInput('30/11 17:00-30/11 17:00', now, calendar)).toEqual({ ok: false, reason: 'shift_bad_range' })
    expect(parseShiftInput('01/12 08:00-20/12 08:00', now, calendar)).toEqual({ ok: false, reason: 'shift_bad_range' })
    expect(parseShiftInput('25/11 07:00-08:00', now, calendar)).toEqual({ ok: false, reason: 'shift_past' })
    expect(parseShiftInput('31/02 07:00-08:00', now, calendar)).toEqual({ ok: false, reason: 'shift_unreadable' })
    expect(parseShiftInput('ngày mai', now, calendar)).toEqual({ ok: false, reason: 'shift_unreadable' })
  })

  it('rights: admins, dispatchers, and the leaders of the unit only', () => {
    expect(mayManageRoster(actor({ isAdmin: true }), 'ttch-cq')).toBe(true)
    expect(mayManageRoster(actor({ isDispatcher: true }), 'vnpt-nghe-an')).toBe(true)
    expect(mayManageRoster(actor({ unitId: 'vnpt-nghe-an', isUnitLeader: true }), 'vnpt-nghe-an')).toBe(true)
    expect(mayManageRoster(actor({ unitId: 'vnpt-nghe-an', isUnitLeader: true }), 'ttch-cq')).toBe(false)
    expect(mayManageRoster(actor({ unitId: 'vnpt-nghe-an' }), 'vnpt-nghe-an')).toBe(false)
    expect(mayManageRoster(actor({ unitId: 'ttch', inCommandCentre: true }), 'ttch')).toBe(false)
  })
})

describe('the roster use cases (memory store)', () => {
  const now = vn('2026-11-25T09:00:00')
  let update = 1
  const req = (a = actor({ userId: 50, unitId: 'vnpt-nghe-an', isUnitLeader: true })): TicketRequest =>
    ({ updateId: update++, now, actor: a, origin: { chatId: -300, threadId: null, messageId: update } })
  const person = { userId: 77, name: 'Phạm Minh' }

  it('adds a shift, refuses an overlapping one for the same person, allows another person', async () => {
    const store = new MemoryStore()
    const deps = { store, config, units }
    const first = await addShift(deps, req(), person, '30/11 17:00-07:30')
    expect(first).toMatchObject({ duplicate: false, committed: true, value: { ok: true } })
    expect(store.state.shifts).toHaveLength(1)
    expect(store.state.shifts[0]).toMatchObject({ unitId: 'vnpt-nghe-an', userId: 77, userName: 'Phạm Minh', startsAt: vn('2026-11-30T17:00:00'), createdBy: 50 })
    const clash = await addShift(deps, req(), person, '01/12 06:00-12:00')
    expect(clash).toMatchObject({ committed: false, value: { ok: false, reason: 'shift_overlap', detail: { shift: { id: 1 } } } })
    // Touching is not overlapping; another person may share the night.
    expect(await addShift(deps, req(), person, '01/12 07:30-17:00')).toMatchObject({ value: { ok: true } })
    expect(await addShift(deps, req(), { userId: 78, name: 'Lê Hà' }, '30/11 17:00-07:30')).toMatchObject({ value: { ok: true } })
    expect(store.state.shifts).toHaveLength(3)
    // Refusals leave no trace, not even the update's marker.
    expect(store.state.processed).toHaveLength(3)
  })

  it('members and other units may not; a leader removes only his unit’s shifts', async () => {
    const store = new MemoryStore()
    const deps = { store, config, units }
    expect(await addShift(deps, req(actor({ unitId: 'vnpt-nghe-an' })), person, '30/11 17:00-07:30')).toMatchObject({ value: { ok: false, reason: 'not_allowed' } })
    await addShift(deps, req(actor({ isDispatcher: true, unitId: 'ttch-cq' })), person, '30/11 17:00-07:30')
    expect(store.state.shifts[0].unitId).toBe('ttch-cq')
    expect(await removeShift(deps, req(), 1)).toMatchObject({ value: { ok: false, reason: 'not_allowed' } })
    expect(await removeShift(deps, req(), 99)).toMatchObject({ value: { ok: false, reason: 'shift_not_found' } })
    expect(await removeShift(deps, req(actor({ unitId: 'ttch-cq', isUnitLeader: true })), 1)).toMatchObject({ value: { ok: true } })
    expect(store.state.shifts).toEqual([])
  })

  it('/lichtruc in a unit group shows that unit; without a unit, says so', async () => {
    const store = new MemoryStore()
    const deps = { store, config, units }
    await addShift(deps, req(), person, '30/11 17:00-07:30')
    await showWeek(deps, req(actor({ unitId: 'nghe-an' })))
    await showWeek(deps, req(actor()))
    const [week, none] = store.state.outbox.slice(-2)
    expect(week).toMatchObject({ kind: 'notice', code: 'roster_week' })
    expect((week as unknown as { data: { week: { units: Array<{ unitId: string }> } } }).data.week.units.map((u) => u.unitId)).toEqual(['nghe-an'])
    expect(none).toMatchObject({ code: 'roster_no_unit' })
  })
})
