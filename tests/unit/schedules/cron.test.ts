import { describe, expect, it } from 'vitest'
import { CronSyntaxError, cronMatches, latestSlot, parseCron, slotsBetween } from '../../../services/schedules/cron.ts'

const VN = 420
const at = (local: string): Date => new Date(`${local}+07:00`)

describe('the 5-field cron evaluator (pure, fixed offset)', () => {
  it('matches wall-clock minutes in Asia/Ho_Chi_Minh whatever the process time zone', () => {
    const daily = parseCron('30 7 * * *')
    expect(cronMatches(daily, at('2026-11-25T07:30:00'), VN)).toBe(true)
    expect(cronMatches(daily, at('2026-11-25T07:30:59'), VN)).toBe(true)
    expect(cronMatches(daily, at('2026-11-25T07:31:00'), VN)).toBe(false)
    // 07:30 in Vietnam is 00:30 UTC: a UTC reading would say 00:30.
    expect(cronMatches(daily, new Date('2026-11-25T00:30:00Z'), VN)).toBe(true)
    expect(cronMatches(daily, new Date('2026-11-25T07:30:00Z'), VN)).toBe(false)
  })

  it('reads the weekday of the Vietnamese date, not the UTC one', () => {
    const friday16 = parseCron('0 16 * * 5')
    // Friday 27/11/2026 16:00 in Vietnam = 09:00Z the same day; Friday 06:00 in Vietnam is Thursday 23:00Z.
    expect(cronMatches(friday16, at('2026-11-27T16:00:00'), VN)).toBe(true)
    expect(cronMatches(friday16, at('2026-11-26T16:00:00'), VN)).toBe(false)
    const friday6 = parseCron('0 6 * * FRI')
    expect(cronMatches(friday6, new Date('2026-11-26T23:00:00Z'), VN)).toBe(true)
    expect(cronMatches(parseCron('0 6 * * 7'), at('2026-11-29T06:00:00'), VN)).toBe(true) // 7 = Sunday
    expect(cronMatches(parseCron('0 6 * * 0'), at('2026-11-29T06:00:00'), VN)).toBe(true)
  })

  it('supports ranges, steps, lists, names, and the day-of-month OR day-of-week rule', () => {
    const c = parseCron('*/15 8-10 * JAN-MAR,12 1-5')
    expect([...c.minutes]).toEqual([0, 15, 30, 45])
    expect([...c.hours]).toEqual([8, 9, 10])
    expect([...c.months]).toEqual([1, 2, 3, 12])
    expect([...c.daysOfWeek]).toEqual([1, 2, 3, 4, 5])
    expect([...parseCron('5/20 * * * *').minutes]).toEqual([5, 25, 45])
    const either = parseCron('0 9 1 * 1') // the 1st of the month, or any Monday
    expect(cronMatches(either, at('2026-12-01T09:00:00'), VN)).toBe(true) // a Tuesday
    expect(cronMatches(either, at('2026-11-30T09:00:00'), VN)).toBe(true) // a Monday
    expect(cronMatches(either, at('2026-12-02T09:00:00'), VN)).toBe(false)
  })

  it('rejects malformed expressions with a reason', () => {
    for (const bad of ['* * * *', '60 * * * *', '0 24 * * *', '0 0 0 * *', '0 0 * 13 *', '0 0 * * 8', '5-1 * * * *', '*/0 * * * *', 'x * * * *', '']) {
      expect(() => parseCron(bad), bad).toThrow(CronSyntaxError)
    }
    expect(() => parseCron('0 25 * * *')).toThrow('hour: "25" is not in 0–23')
  })

  it('lists the slots between two instants, latest first', () => {
    const c = parseCron('0 9 * * *')
    expect(slotsBetween(c, VN, at('2026-11-20T09:00:00'), at('2026-11-23T09:00:00'), 10)).toEqual([
      at('2026-11-23T09:00:00'), at('2026-11-22T09:00:00'), at('2026-11-21T09:00:00'),
    ])
    expect(latestSlot(c, VN, at('2026-11-23T09:00:00'), at('2026-11-24T08:59:59'))).toBeNull()
    expect(latestSlot(c, VN, at('2026-11-23T09:00:00'), at('2026-11-24T09:00:30'))).toEqual(at('2026-11-24T09:00:00'))
    // A weekly slot a week back, found in a few hundred steps.
    expect(latestSlot(parseCron('0 16 * * 5'), VN, at('2026-11-01T00:00:00'), at('2026-12-03T10:00:00'))).toEqual(at('2026-11-27T16:00:00'))
    // Across the year end.
    expect(latestSlot(parseCron('30 8 31 12 *'), VN, at('2026-01-01T00:00:00'), at('2027-01-01T00:10:00'))).toEqual(at('2026-12-31T08:30:00'))
  })

  it('does not depend on the process time zone (run with TZ=America/New_York too)', () => {
    // 2026-03-08 is a DST change in New York; Vietnam has none, so every day has its one 09:00.
    const slots = slotsBetween(parseCron('0 9 * * *'), VN, at('2026-03-06T12:00:00'), at('2026-03-10T12:00:00'), 10)
    expect(slots.map((s) => s.toISOString())).toEqual(['2026-03-10T02:00:00.000Z', '2026-03-09T02:00:00.000Z', '2026-03-08T02:00:00.000Z', '2026-03-07T02:00:00.000Z'])
  })
})
