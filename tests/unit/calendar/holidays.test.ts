import { describe, expect, it } from 'vitest'
import { BusinessCalendar, calendarConfigProblems, mergeHolidayData } from '../../../services/calendar/business-calendar.ts'
import { VN_HOLIDAYS } from '../../../services/calendar/data/vn-holidays.ts'
import { hungKingsDay, lunarNewYearDay } from '../../../services/calendar/lunar.ts'
import { dayKeyOf, epochDay, isoWeekday, parseDayKey } from '../../../services/calendar/time.ts'
import { VN_RULE_SOURCE, vnStatutoryHolidays } from '../../../services/calendar/vn-rules.ts'

const cal = BusinessCalendar.vietnam()
const offDays = (from: string, to: string, c = cal): string[] => {
  const [a, b] = [parseDayKey(from)!, parseDayKey(to)!]
  const out: string[] = []
  for (let d = a; d <= b; d++) if (!c.isWorkingDay(dayKeyOf(d))) out.push(dayKeyOf(d))
  return out
}
const weekdaysOff = (from: string, to: string, c = cal): string[] =>
  offDays(from, to, c).filter((k) => c.dayInfo(k).weekday <= 5)

describe('shipped holiday data (services/calendar/data/vn-holidays.ts)', () => {
  it('is a valid configuration', () => {
    expect(calendarConfigProblems({ timeZone: 'Asia/Ho_Chi_Minh', holidays: VN_HOLIDAYS })).toEqual([])
  })

  it('covers 2025–2030 with every statutory day, lunar ones included', () => {
    for (let year = 2025; year <= 2030; year++) {
      expect(cal.hasHolidayData(year)).toBe(true)
      const off = new Set(cal.holidaysOf(year).filter((e) => e.kind !== 'makeup-workday').map((e) => e.date))
      const required = [`${year}-01-01`, dayKeyOf(lunarNewYearDay(year)), dayKeyOf(hungKingsDay(year)), `${year}-04-30`, `${year}-05-01`, `${year}-09-02`]
      if (year >= 2026) required.push(`${year}-11-24`)
      for (const date of required) expect(off.has(date), `${year}: ${date}`).toBe(true)
    }
  })

  it('gives exactly five weekdays of Tết each year (weekend days made up)', () => {
    for (let year = 2025; year <= 2030; year++) {
      const tet = lunarNewYearDay(year)
      expect(weekdaysOff(dayKeyOf(tet - 7), dayKeyOf(tet + 8)), String(year)).toHaveLength(5)
    }
  })

  it('has the announced Tết 2026 break: Sat 14/2 – Sun 22/2 (9 days)', () => {
    expect(offDays('2026-02-13', '2026-02-23')).toEqual([
      '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
    ])
  })

  it('has Tết 2025 (Sat 25/1 – Sun 2/2) and Tết 2027 (Thu 4/2 – Wed 10/2)', () => {
    expect(offDays('2025-01-24', '2025-02-03')).toEqual(['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02'])
    expect(weekdaysOff('2027-02-01', '2027-02-12')).toEqual(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'])
  })

  it('has the swaps: a weekday off and a Saturday worked', () => {
    for (const [off, worked] of [['2025-05-02', '2025-04-26'], ['2026-01-02', '2026-01-10'], ['2026-08-31', '2026-08-22']]) {
      expect(cal.dayInfo(off)).toMatchObject({ working: false, weekday: expect.any(Number), entry: { kind: 'swapped-day-off' } })
      expect(cal.dayInfo(off).weekday).toBeLessThanOrEqual(5)
      expect(cal.dayInfo(worked)).toMatchObject({ working: true, weekday: 6, entry: { kind: 'makeup-workday' } })
    }
  })

  it('makes up Giỗ Tổ 2026 (Sunday) on Monday 27/4, and keeps 24/11/2026 (Tuesday)', () => {
    expect(cal.dayInfo('2026-04-26')).toMatchObject({ working: false, weekday: 7, entry: { kind: 'holiday' } })
    expect(cal.dayInfo('2026-04-27')).toMatchObject({ working: false, weekday: 1, entry: { kind: 'compensatory' } })
    expect(cal.dayInfo('2026-11-24')).toMatchObject({ working: false, weekday: 2, entry: { name: 'Ngày Văn hóa Việt Nam (24/11)' } })
  })

  it('Quốc khánh: 2/9 plus the adjacent day, in 2025, 2026 (with the swap) and 2027', () => {
    expect(weekdaysOff('2025-08-25', '2025-09-07')).toEqual(['2025-09-01', '2025-09-02'])
    expect(weekdaysOff('2026-08-24', '2026-09-06')).toEqual(['2026-08-31', '2026-09-01', '2026-09-02'])
    expect(weekdaysOff('2027-08-30', '2027-09-10')).toEqual(['2027-09-02', '2027-09-03'])
  })

  it('keeps the estimated years equal to the rule, so that the rule and the data cannot drift apart unnoticed', () => {
    const estimated = Object.entries(VN_HOLIDAYS).filter(([, entries]) => entries.every((e) => e.source === VN_RULE_SOURCE))
    expect(estimated.map(([y]) => y)).toEqual(['2028', '2029', '2030'])
    for (const [year, entries] of estimated) expect(entries).toEqual(vnStatutoryHolidays(Number(year)))
  })
})

describe('the statutory rule (vn-rules.ts)', () => {
  it('reproduces the 2026 notice except its swaps', () => {
    const offKinds = (entries: ReadonlyArray<{ date: string; kind: string }>) =>
      entries.filter((e) => e.kind === 'holiday' || e.kind === 'compensatory').map((e) => e.date)
    expect(offKinds(vnStatutoryHolidays(2026))).toEqual(offKinds(VN_HOLIDAYS['2026']))
  })

  it.each([
    [2021, ['2021-09-02', '2021-09-03']],
    [2022, ['2022-09-01', '2022-09-02']],
    [2023, ['2023-09-01', '2023-09-02', '2023-09-04']],
    [2024, ['2024-09-02', '2024-09-03']],
    [2025, ['2025-09-01', '2025-09-02']],
    [2026, ['2026-09-01', '2026-09-02']],
    [2027, ['2027-09-02', '2027-09-03']],
  ])('picks the Quốc khánh days the notices picked (%i)', (year, days) => {
    const got = vnStatutoryHolidays(year).map((e) => e.date).filter((d) => d >= `${year}-08-28` && d <= `${year}-09-07`)
    expect(got).toEqual(days)
  })

  it('moves holidays on a weekend to the next free weekday (2028: 1/1 Sat, 30/4 Sun + 1/5 Mon, 2/9 Sat)', () => {
    const comp = vnStatutoryHolidays(2028).filter((e) => e.kind === 'compensatory').map((e) => e.date)
    expect(comp).toEqual(['2028-01-03', '2028-01-31', '2028-05-02', '2028-09-04'])
  })

  it('makes up Tết 2030 (mùng 1–2 on the weekend) right after the block', () => {
    expect(weekdaysOff('2030-01-28', '2030-02-10')).toEqual(['2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07'])
  })

  it('gives 24/11 on a weekend no nghỉ bù (assumption documented in the data)', () => {
    expect(isoWeekday(epochDay(2029, 11, 24))).toBe(6)
    expect(cal.isWorkingDay('2029-11-26')).toBe(true)
  })

  it('serves a year the data does not list (2031) by rule, or not at all when told so', () => {
    expect(cal.hasHolidayData(2031)).toBe(false)
    expect(weekdaysOff('2031-01-19', '2031-02-01')).toEqual(['2031-01-22', '2031-01-23', '2031-01-24', '2031-01-27', '2031-01-28'])
    const bare = BusinessCalendar.vietnam({ unlistedYears: 'none' })
    expect(bare.isWorkingDay('2031-01-23')).toBe(true)
    expect(bare.isWorkingDay('2026-02-17')).toBe(false)
  })
})

describe('overriding the data from configuration', () => {
  it('replaces a whole year and leaves the others', () => {
    const holidays = mergeHolidayData(VN_HOLIDAYS, {
      '2026': VN_HOLIDAYS['2026'].filter((e) => e.date !== '2026-01-02' && e.date !== '2026-01-10'),
    })
    const c = BusinessCalendar.vietnam({ holidays })
    expect(c.isWorkingDay('2026-01-02')).toBe(true)
    expect(c.isWorkingDay('2026-01-10')).toBe(false)
    expect(c.isWorkingDay('2026-02-17')).toBe(false)
    expect(c.isWorkingDay('2025-05-02')).toBe(false)
  })

  it('adds an extra day off (e.g. a province closes offices for a storm)', () => {
    const c = BusinessCalendar.vietnam({
      holidays: mergeHolidayData(VN_HOLIDAYS, { '2026': [...VN_HOLIDAYS['2026'], { date: '2026-10-15', kind: 'holiday', name: 'Nghỉ do bão' }] }),
    })
    expect(c.isWorkingDay('2026-10-15')).toBe(false)
    expect(cal.isWorkingDay('2026-10-15')).toBe(true)
  })

  it('names what is wrong in bad data', () => {
    expect(calendarConfigProblems({
      timeZone: 'Asia/Ho_Chi_Minh',
      holidays: {
        '2026': [
          { date: '2026-02-30', kind: 'holiday', name: 'x' },
          { date: '2027-01-01', kind: 'holiday', name: 'x' },
          { date: '2026-03-02', kind: 'day-off' as never, name: 'x' },
          { date: '2026-03-03', kind: 'holiday', name: 'x' },
          { date: '2026-03-03', kind: 'makeup-workday', name: 'x' },
        ],
        'next': [],
      },
    })).toEqual([
      'holidays 2026: "2026-02-30" is not a date (YYYY-MM-DD)',
      'holidays 2026: 2027-01-01 belongs to another year',
      'holidays 2026: 2026-03-02 has unknown kind "day-off" (holiday, compensatory, swapped-day-off, makeup-workday)',
      'holidays 2026: 2026-03-03 is listed twice',
      'holidays: "next" is not a year',
    ])
  })
})
