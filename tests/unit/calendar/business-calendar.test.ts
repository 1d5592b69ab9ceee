import { describe, expect, it } from 'vitest'
import { BusinessCalendar, calendarConfigProblems } from '../../../services/calendar/business-calendar.ts'
import { addDuration, addWallMinutes, elapsedMinutes } from '../../../services/calendar/duration.ts'

/** A literal instant on the Vietnam wall clock: vn('2026-03-02T07:30'). */
const vn = (local: string): Date => new Date(`${local}${local.length === 16 ? ':00' : ''}+07:00`)
const iso = (local: string): string => vn(local).toISOString()

const cal = BusinessCalendar.vietnam()
const add = (from: string, minutes: number): string => cal.addWorkingMinutes(vn(from), minutes).toISOString()

// Reference week: Monday 2 March 2026 – Sunday 8 March 2026, no holidays.
describe('working time, one ordinary week', () => {
  it.each([
    ['2026-03-02T07:29:59.999', false],
    ['2026-03-02T07:30', true],
    ['2026-03-02T11:29:59.999', true],
    ['2026-03-02T11:30', false],
    ['2026-03-02T12:45', false],
    ['2026-03-02T13:30', true],
    ['2026-03-02T16:59:59.999', true],
    ['2026-03-02T17:00', false],
    ['2026-03-02T23:00', false],
    ['2026-03-07T09:00', false],
    ['2026-03-08T09:00', false],
  ])('%s is working time: %s', (local, want) => {
    expect(cal.isWorkingTime(vn(local))).toBe(want)
  })

  it('reads the business day in UTC+7, not in UTC or the server zone', () => {
    // Sunday 17:00 UTC is Monday 00:00 in Vietnam; Friday 23:30 UTC is Saturday 06:30.
    expect(cal.localDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02')
    expect(cal.isWorkingDay(new Date('2026-03-01T17:00:00Z'))).toBe(true)
    expect(cal.isWorkingDay(new Date('2026-03-06T23:30:00Z'))).toBe(false)
    expect(cal.isWorkingTime(new Date('2026-03-02T00:30:00Z'))).toBe(true)
    expect(cal.instantOf('2026-03-02', '07:30').toISOString()).toBe('2026-03-02T00:30:00.000Z')
    expect(cal.localMinuteOfDay(new Date('2026-03-02T06:15:00Z'))).toBe(13 * 60 + 15)
  })

  it.each([
    ['inside the morning', '2026-03-02T08:00', 60, '2026-03-02T09:00'],
    ['up to the end of the morning: stays at 11:30', '2026-03-02T07:30', 240, '2026-03-02T11:30'],
    ['over lunch', '2026-03-02T11:00', 60, '2026-03-02T14:00'],
    ['from lunch', '2026-03-02T12:00', 30, '2026-03-02T14:00'],
    ['before office hours', '2026-03-02T06:00', 120, '2026-03-02T09:30'],
    ['after office hours', '2026-03-02T18:00', 120, '2026-03-03T09:30'],
    ['up to the end of the day: stays at 17:00', '2026-03-02T13:30', 210, '2026-03-02T17:00'],
    ['Friday 16:30 + 2 h → Monday 09:00 (§D.3 example)', '2026-03-06T16:30', 120, '2026-03-09T09:00'],
    ['from Saturday', '2026-03-07T10:00', 120, '2026-03-09T09:30'],
    ['8 working hours from the start of a day (a day holds 7.5)', '2026-03-02T07:30', 480, '2026-03-03T08:00'],
    ['a whole week of working time', '2026-03-02T07:30', 5 * 450, '2026-03-06T17:00'],
    ['half a minute', '2026-03-02T08:00', 0.5, '2026-03-02T08:00:30'],
  ])('adds working minutes: %s', (_, from, minutes, want) => {
    expect(add(from, minutes)).toBe(iso(want))
  })

  it('adding nothing answers the start itself, even off hours; a negative amount is refused', () => {
    expect(add('2026-03-07T10:00', 0)).toBe(iso('2026-03-07T10:00'))
    expect(() => cal.addWorkingMinutes(vn('2026-03-02T08:00'), -1)).toThrow(RangeError)
    expect(() => cal.addWorkingMinutes(vn('2026-03-02T08:00'), Number.NaN)).toThrow(RangeError)
  })

  it.each([
    ['2026-03-02T07:30', '2026-03-02T17:00', 450],
    ['2026-03-02T00:00', '2026-03-09T00:00', 2250],
    ['2026-03-06T16:30', '2026-03-09T09:00', 120],
    ['2026-03-02T11:00', '2026-03-02T14:00', 60],
    ['2026-03-07T08:00', '2026-03-08T18:00', 0],
    ['2026-03-02T09:00', '2026-03-02T09:00', 0],
    ['2026-03-09T09:00', '2026-03-06T16:30', -120],
  ])('counts working minutes from %s to %s: %d', (a, b, want) => {
    expect(cal.workingMinutesBetween(vn(a), vn(b))).toBe(want)
  })

  it('adding and counting agree', () => {
    const starts = ['2026-03-02T06:00', '2026-03-02T11:29', '2026-03-04T16:59', '2026-03-06T17:00', '2026-03-07T12:00']
    for (const start of starts) {
      for (const minutes of [1, 29, 120, 240, 451, 480, 1000]) {
        const end = cal.addWorkingMinutes(vn(start), minutes)
        expect(cal.workingMinutesBetween(vn(start), end), `${start} + ${minutes}`).toBe(minutes)
      }
    }
  })

  it.each([
    ['inside a window: itself', '2026-03-02T10:00', '2026-03-02T10:00'],
    ['at 11:30: the afternoon', '2026-03-02T11:30', '2026-03-02T13:30'],
    ['before opening', '2026-03-02T05:00', '2026-03-02T07:30'],
    ['Friday 17:00: Monday 07:30', '2026-03-06T17:00', '2026-03-09T07:30'],
    ['Sunday', '2026-03-08T10:00', '2026-03-09T07:30'],
  ])('next working start: %s', (_, at, want) => {
    expect(cal.nextWorkingStart(vn(at)).toISOString()).toBe(iso(want))
  })
})

describe('working time across holidays and year ends', () => {
  it.each([
    ['Tết 2026: Friday before the break → Monday 23/2', '2026-02-13T16:00', 120, '2026-02-23T08:30'],
    ['Tết 2026: 8 working hours from Friday 16:00', '2026-02-13T16:00', 480, '2026-02-23T16:30'],
    ['Tết 2026: asked on mùng 1', '2026-02-17T10:00', 120, '2026-02-23T09:30'],
    ['Tết 2025: Friday 24/1 → Monday 3/2', '2025-01-24T16:00', 120, '2025-02-03T08:30'],
    ['Tết 2027: Wednesday 3/2 → Thursday 11/2', '2027-02-03T16:00', 120, '2027-02-11T08:30'],
    ['Tết 2030 (estimated): Thursday 31/1 → Friday 8/2', '2030-01-31T16:00', 120, '2030-02-08T08:30'],
    ['Giỗ Tổ 2026 on a Sunday, made up on Monday 27/4', '2026-04-24T16:00', 120, '2026-04-28T08:30'],
    ['Giỗ Tổ 2025 on Monday 7/4', '2025-04-04T16:00', 120, '2025-04-08T08:30'],
    ['30/4–1/5/2026 (Thursday, Friday)', '2026-04-29T16:00', 120, '2026-05-04T08:30'],
    ['30/4–1/5/2025 with Friday 2/5 swapped', '2025-04-29T16:00', 120, '2025-05-05T08:30'],
    ['make-up Saturday 26/4/2025 is worked', '2025-04-25T16:00', 120, '2025-04-26T08:30'],
    ['2/9/2025 (Monday 1/9 + Tuesday 2/9)', '2025-08-29T16:00', 120, '2025-09-03T08:30'],
    ['2/9/2026 with Monday 31/8 swapped', '2026-08-28T16:00', 120, '2026-09-03T08:30'],
    ['make-up Saturday 22/8/2026 is worked', '2026-08-21T16:00', 120, '2026-08-22T08:30'],
    ['Ngày Văn hóa Việt Nam 24/11/2026', '2026-11-23T16:00', 120, '2026-11-25T08:30'],
    ['year end 31/12/2025 → Monday 5/1/2026 (1/1 holiday, 2/1 swapped)', '2025-12-31T16:00', 120, '2026-01-05T08:30'],
    ['make-up Saturday 10/1/2026 is worked', '2026-01-09T16:00', 120, '2026-01-10T08:30'],
    ['year end 31/12/2026 → Monday 4/1/2027', '2026-12-31T16:30', 120, '2027-01-04T09:00'],
    ['year end 31/12/2027 → Tuesday 4/1/2028 (1/1 Saturday made up on Monday 3/1)', '2027-12-31T16:00', 120, '2028-01-04T08:30'],
  ])('%s', (_, from, minutes, want) => {
    expect(add(from, minutes)).toBe(iso(want))
  })

  it('counts nothing inside the Tết 2026 break and the two working days around it', () => {
    expect(cal.workingMinutesBetween(vn('2026-02-14T00:00'), vn('2026-02-23T00:00'))).toBe(0)
    expect(cal.workingMinutesBetween(vn('2026-02-13T00:00'), vn('2026-02-24T00:00'))).toBe(900)
    expect(cal.nextWorkingStart(vn('2026-02-13T17:00')).toISOString()).toBe(iso('2026-02-23T07:30'))
  })

  it('counts a make-up Saturday as a full working day', () => {
    expect(cal.workingMinutesBetween(vn('2026-01-10T00:00'), vn('2026-01-11T00:00'))).toBe(450)
    expect(cal.isWorkingTime(vn('2026-01-10T08:00'))).toBe(true)
    expect(cal.isWorkingTime(vn('2026-01-02T08:00'))).toBe(false)
  })

  it('counts across a year boundary: 29/12/2025 07:30 → 6/1/2026 07:30', () => {
    // Mon 29, Tue 30, Wed 31 Dec, then Mon 5 Jan: four working days.
    expect(cal.workingMinutesBetween(vn('2025-12-29T07:30'), vn('2026-01-06T07:30'))).toBe(4 * 450)
  })
})

describe('configuration', () => {
  it('takes other working days and hours (a six-day week, 08:00–12:00 and 13:30–17:00)', () => {
    const c = BusinessCalendar.vietnam({ workingDays: [1, 2, 3, 4, 5, 6], workingHours: [['08:00', '12:00'], ['13:30', '17:00']] })
    expect(c.addWorkingMinutes(vn('2026-03-06T16:30'), 120).toISOString()).toBe(iso('2026-03-07T09:30'))
    expect(c.isWorkingTime(vn('2026-03-02T07:45'))).toBe(false)
    expect(c.isWorkingTime(vn('2026-03-02T11:45'))).toBe(true)
    // Holidays still apply; the data lists the days off of a Monday–Friday week, so Saturday 21/2 is worked here.
    expect(c.isWorkingDay('2026-02-17')).toBe(false)
    expect(c.isWorkingDay('2026-02-21')).toBe(true)
  })

  it('refuses zones with daylight saving and broken hours, naming each problem', () => {
    expect(calendarConfigProblems({ timeZone: 'America/New_York', workingDays: [0, 1, 1], workingHours: [['13:30', '17:00'], ['07:30', '11:30'], ['18:00', '17:00'], ['7h', '9h']] })).toEqual([
      'timeZone "America/New_York": only zones without daylight saving are supported (e.g. Asia/Ho_Chi_Minh, UTC, +07:00)',
      'workingDays: 0 is not an ISO weekday (1 = Monday … 7 = Sunday)',
      'workingDays: a weekday is listed twice',
      'workingHours: 07:30–11:30 overlaps or precedes the window before it (list windows in order)',
      'workingHours: 18:00–17:00 ends before it starts',
      'workingHours: "7h–9h" is not HH:MM–HH:MM',
    ])
    expect(() => BusinessCalendar.vietnam({ workingDays: [] })).toThrow(/at least one working day/)
  })

  it('accepts an explicit offset as the zone', () => {
    const c = new BusinessCalendar({ timeZone: '+07:00' })
    expect(c.addWorkingMinutes(vn('2026-02-13T16:00'), 120).toISOString()).toBe(iso('2026-02-23T08:30'))
  })

  it('a calendar that never opens fails loudly instead of looping', () => {
    const allOff = (year: number) => Array.from({ length: 365 }, (_, i) => ({
      date: new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10), kind: 'holiday' as const, name: 'đóng cửa',
    }))
    const oneYear = BusinessCalendar.vietnam({ holidays: { '2026': allOff(2026) }, unlistedYears: 'none' })
    expect(oneYear.addWorkingMinutes(vn('2026-01-01T08:00'), 60).toISOString()).toBe(iso('2027-01-01T08:30'))
    const never = BusinessCalendar.vietnam({ holidays: { '2026': allOff(2026), '2027': allOff(2027) }, unlistedYears: 'none' })
    expect(() => never.addWorkingMinutes(vn('2026-01-01T08:00'), 60)).toThrow(/no working time within 400 days/)
    expect(() => never.nextWorkingStart(vn('2026-01-01T08:00'))).toThrow(/no working time/)
  })
})

describe('the 24/7 calendar and the wall clock', () => {
  const always = BusinessCalendar.alwaysOpen()

  it('makes every instant working time, Tết included', () => {
    expect(always.isWorkingTime(vn('2026-02-17T03:00'))).toBe(true)
    expect(always.isWorkingDay('2026-02-17')).toBe(true)
    expect(always.addWorkingMinutes(vn('2026-02-17T03:00'), 1).toISOString()).toBe(iso('2026-02-17T03:01'))
    expect(always.workingMinutesBetween(vn('2026-02-13T16:00'), vn('2026-02-23T08:30'))).toBe(13950)
    expect(always.nextWorkingStart(vn('2026-03-07T23:59')).toISOString()).toBe(iso('2026-03-07T23:59'))
  })

  it('keeps "24 h" on the wall clock whatever the calendar', () => {
    expect(addWallMinutes(vn('2026-02-13T16:00'), 24 * 60).toISOString()).toBe(iso('2026-02-14T16:00'))
    expect(addDuration(vn('2026-02-13T16:00'), { minutes: 1440, clock: 'wall' }, cal).toISOString()).toBe(iso('2026-02-14T16:00'))
    expect(addDuration(vn('2026-02-13T16:00'), { minutes: 120, clock: 'working' }, cal).toISOString()).toBe(iso('2026-02-23T08:30'))
    expect(elapsedMinutes(vn('2026-02-13T16:00'), vn('2026-02-23T08:30'), 'wall', cal)).toBe(13950)
    expect(elapsedMinutes(vn('2026-02-13T16:00'), vn('2026-02-23T08:30'), 'working', cal)).toBe(120)
  })
})
