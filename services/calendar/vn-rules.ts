/**
 * Vietnam's public holidays computed by rule, for years whose official notice is not (yet) in the data.
 *
 * The statute (Bộ luật Lao động 2019, Điều 111(3) and 112) fixes the days; the Prime Minister's notice each year
 * picks the exact Tết days and the second Quốc khánh day and may swap a weekday for a Saturday. The rule below is
 * the usual pattern of recent notices, i.e. an estimate; it never invents a swap (a swap is a decision, not a rule):
 *   - Tết Dương lịch 1/1;
 *   - Tết Nguyên đán: the last day of the lunar year and mùng 1–4 (5 days; "01 ngày trước Tết và 04 ngày sau Tết");
 *   - Giỗ Tổ Hùng Vương 10/3 âm lịch (from 2007);
 *   - 30/4 and 1/5;
 *   - Quốc khánh 2/9 and one adjacent day (from 2021), chosen to join a weekend when it can:
 *       Mon → Tue 3/9, Tue → Mon 1/9, Wed → Tue 1/9, Thu → Fri 3/9, Fri → Thu 1/9, Sat → Fri 1/9, Sun → Mon 3/9
 *     (this reproduces the notices of 2021–2027);
 *   - Ngày Văn hóa Việt Nam 24/11 from 2026 (Nghị quyết 28/2026/QH16), which is not an Điều 112 holiday, so it gets
 *     no nghỉ bù when it falls on a weekend (assumption; no notice had settled this by October 2026);
 *   - nghỉ bù (Điều 111(3)): each statutory day on a Saturday or Sunday moves to the next Monday–Friday day that is
 *     not already off.
 */
import { lunarNewYearDay, hungKingsDay } from './lunar.ts'
import type { HolidayEntry } from './types.ts'
import { dayKeyOf, epochDay, isoWeekday } from './time.ts'

export const VN_RULE_SOURCE = 'rule (Bộ luật Lao động 2019 Điều 111–112)'
const RULE = VN_RULE_SOURCE

const TET_NAMES = ['Tết Nguyên đán (giao thừa)', 'Tết Nguyên đán (mùng 1)', 'Tết Nguyên đán (mùng 2)', 'Tết Nguyên đán (mùng 3)', 'Tết Nguyên đán (mùng 4)']

/** Which day next to 2/9 is the second Quốc khánh day, by the ISO weekday of 2/9: −1 = 1/9, +1 = 3/9. */
const NATIONAL_DAY_SIDE: Record<number, -1 | 1> = { 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1, 7: 1 }

const isWeekend = (day: number): boolean => isoWeekday(day) >= 6

export function vnStatutoryHolidays(year: number): HolidayEntry[] {
  const off = new Map<number, HolidayEntry>()
  const statutory: number[] = []
  const add = (day: number, name: string, statutoryDay: boolean): void => {
    off.set(day, { date: dayKeyOf(day), kind: 'holiday', name, source: RULE })
    if (statutoryDay) statutory.push(day)
  }

  add(epochDay(year, 1, 1), 'Tết Dương lịch', true)
  const tet = lunarNewYearDay(year)
  TET_NAMES.forEach((name, i) => add(tet - 1 + i, name, true))
  if (year >= 2007) add(hungKingsDay(year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', true)
  add(epochDay(year, 4, 30), 'Ngày Chiến thắng (30/4)', true)
  add(epochDay(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)', true)
  const sep2 = epochDay(year, 9, 2)
  add(sep2, 'Quốc khánh (2/9)', true)
  if (year >= 2021) add(sep2 + NATIONAL_DAY_SIDE[isoWeekday(sep2)], 'Quốc khánh (ngày liền kề)', true)
  if (year >= 2026) add(epochDay(year, 11, 24), 'Ngày Văn hóa Việt Nam (24/11)', false)

  // Nghỉ bù, in date order so that a run of weekend holidays (Tết) is made up on consecutive days after it.
  for (const day of statutory.sort((a, b) => a - b)) {
    if (!isWeekend(day)) continue
    let next = day + 1
    while (isWeekend(next) || off.has(next)) next += 1
    off.set(next, { date: dayKeyOf(next), kind: 'compensatory', name: `Nghỉ bù ${off.get(day)!.name}`, source: RULE })
  }
  return [...off.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry)
}
