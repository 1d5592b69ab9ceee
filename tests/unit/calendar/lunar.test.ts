import { describe, expect, it } from 'vitest'
import { epochDayFromLunar, hungKingsDay, lunarFromEpochDay, lunarNewYearDay } from '../../../services/calendar/lunar.ts'
import { dayKeyOf, epochDay, parseDayKey } from '../../../services/calendar/time.ts'

// vietnamese-and-platforms.md §D.2: two independent Vietnamese (UTC+7) implementations agree on these.
const TABLE: Array<[number, string, string]> = [
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12'],
  [2031, '2031-01-23', '2031-04-01'],
  [2032, '2032-02-11', '2032-04-19'],
  [2033, '2033-01-31', '2033-04-09'],
  [2034, '2034-02-19', '2034-04-28'],
  [2035, '2035-02-08', '2035-04-17'],
  [2036, '2036-01-28', '2036-04-06'],
]

const day = (key: string): number => parseDayKey(key)!

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each(TABLE)('%i: Tết %s, Giỗ Tổ %s', (year, tet, gioTo) => {
    expect(dayKeyOf(lunarNewYearDay(year))).toBe(tet)
    expect(dayKeyOf(hungKingsDay(year))).toBe(gioTo)
  })

  it('differs from the Chinese (UTC+8) calendar where Vietnam does: 1985, 2007, 2030', () => {
    expect(dayKeyOf(lunarNewYearDay(1985))).toBe('1985-01-21')
    expect(dayKeyOf(lunarNewYearDay(2007))).toBe('2007-02-17')
    expect(dayKeyOf(lunarNewYearDay(2030))).toBe('2030-02-02')
  })

  it('reads solar dates as lunar ones, leap months included', () => {
    expect(lunarFromEpochDay(day('2026-02-16'))).toEqual({ day: 29, month: 12, year: 2025, leap: false })
    expect(lunarFromEpochDay(day('2026-02-17'))).toEqual({ day: 1, month: 1, year: 2026, leap: false })
    // 2025 has a leap sixth month from 25/7; 2033 a leap eleventh month (the Chinese calendar puts it elsewhere).
    expect(lunarFromEpochDay(day('2025-07-25'))).toEqual({ day: 1, month: 6, year: 2025, leap: true })
    expect(lunarFromEpochDay(day('2033-12-22'))).toEqual({ day: 1, month: 11, year: 2033, leap: true })
  })

  it('takes Giỗ Tổ in the regular third month when the year has a leap third month (2031)', () => {
    expect(lunarFromEpochDay(day('2031-04-01'))).toEqual({ day: 10, month: 3, year: 2031, leap: false })
    expect(dayKeyOf(epochDayFromLunar({ day: 10, month: 3, year: 2031, leap: true })!)).toBe('2031-04-30')
  })

  it('refuses lunar dates that do not exist', () => {
    expect(epochDayFromLunar({ day: 1, month: 5, year: 2026, leap: true })).toBeNull()
    expect(epochDayFromLunar({ day: 30, month: 2, year: 2026, leap: false })).toBeNull()
    expect(epochDayFromLunar({ day: 1, month: 13, year: 2026, leap: false })).toBeNull()
  })

  it('round-trips every day from 2024 to 2031', () => {
    const mismatches: string[] = []
    for (let d = epochDay(2024, 1, 1); d <= epochDay(2031, 12, 31); d++) {
      if (epochDayFromLunar(lunarFromEpochDay(d)) !== d) mismatches.push(dayKeyOf(d))
    }
    expect(mismatches).toEqual([])
  })
})
