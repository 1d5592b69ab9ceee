import { describe, expect, it } from 'vitest'
import { parseDeadlineInput } from '../../services/tickets/deadline-input.ts'

// 2026-11-24 15:30 in Vietnam.
const NOW = new Date('2026-11-24T08:30:00Z')
const vn = (iso: string) => new Date(`${iso}+07:00`).toISOString()

describe('parseDeadlineInput', () => {
  it.each([
    ['17:00 25/11', '2026-11-25T17:00:00'],
    ['25/11', '2026-11-25T17:00:00'],
    ['9h30 26/11/2026', '2026-11-26T09:30:00'],
    ['26/11 lúc 8h', '2026-11-26T08:00:00'],
    ['16h', '2026-11-24T16:00:00'],
    ['14:00', '2026-11-25T14:00:00'],
    ['5/1', '2027-01-05T17:00:00'],
    ['31/12/26', '2026-12-31T17:00:00'],
  ])('reads "%s" in Vietnam time', (input, want) => {
    const r = parseDeadlineInput(input, NOW)
    expect(r.ok && r.value.toISOString()).toBe(vn(want))
  })

  it.each(['mai', '32/11', '25/13', '25h 1/12', 'abc 17:00', '', '31/02/2027'])('refuses "%s"', (input) => {
    expect(parseDeadlineInput(input, NOW)).toEqual({ ok: false, reason: 'deadline_unreadable' })
  })

  it('refuses a time already past today when a date is given', () => {
    expect(parseDeadlineInput('10:00 24/11', NOW)).toEqual({ ok: false, reason: 'deadline_past' })
  })
})
