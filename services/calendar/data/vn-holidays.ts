/**
 * Vietnam's non-working days (and worked Saturdays) for state bodies, per year — the default holiday data of the
 * business calendar. The configuration can replace any year (`holidays` in BusinessCalendarConfig).
 *
 * Sources
 * - Bộ luật Lao động 2019 (45/2019/QH14) Điều 112: 1/1; Tết Âm lịch 5 days; 30/4; 1/5; 2/9 + one adjacent day;
 *   Giỗ Tổ Hùng Vương 10/3 âm lịch. Điều 111(3): a holiday on the weekly rest day is taken on the next working day.
 * - Nghị quyết 28/2026/QH16: Ngày Văn hóa Việt Nam 24/11 is a paid day off from 1/7/2026.
 * - 2025: Thông báo 6150/TB-BLĐTBXH — Tết from Sat 25/1 to Sun 2/2 (the five Tết days are Mon 27/1–Fri 31/1);
 *   Fri 2/5 off in exchange for Sat 26/4 worked; Quốc khánh Mon 1/9 + Tue 2/9.
 * - 2026: Thông báo 9441/TB-BNV (16/10/2025) — Tết Mon 16/2–Fri 20/2 (break Sat 14/2–Sun 22/2, 9 days); Quốc khánh
 *   Tue 1/9 + Wed 2/9, Mon 31/8 off in exchange for Sat 22/8 worked. Công văn 12729/VPCP-KGVX (25/12/2025) — Tết
 *   Dương lịch Thu 1/1–Sun 4/1, Fri 2/1 off in exchange for Sat 10/1 worked. Giỗ Tổ Sun 26/4 → nghỉ bù Mon 27/4.
 *   Công văn 3383/BNV-CVL: no swap around 30/4–1/5. 24/11 (Tue): one day, no swap (10065/VPCP-KGVX).
 * - 2027: Công văn 10065/VPCP-KGVX (approved 2/10/2026), as reported by secondary sources (the full text was not
 *   read here): Tết Đinh Mùi Thu 4/2–Wed 10/2 (7 days, two of them nghỉ bù for mùng 1–2 on the weekend); Quốc khánh
 *   Thu 2/9 + Fri 3/9. The other 2027 days are the statutory rule (no swap known).
 * - 2028–2030: no notice yet; computed by vn-rules.ts (lunar dates for UTC+7, checked against the table in
 *   vietnamese-and-platforms.md §D.2) — estimates. Replace each year with its notice when it is published.
 *
 * Assumptions
 * - The calendar is the civil service's (Monday–Friday); private employers choose their own days.
 * - 24/11 falling on a weekend gets no nghỉ bù (it is not an Điều 112 holiday); 2029 (Sat) and 2030 (Sun) follow this.
 * - Notices tend to move a Tết day before the eve rather than after (2025, 2027): the rule does not guess that.
 */
import type { HolidayData } from '../types.ts'

const LAW = 'Bộ luật Lao động 2019 Điều 112'
const N2025 = 'Thông báo 6150/TB-BLĐTBXH'
const N2026 = 'Thông báo 9441/TB-BNV'
const NY2026 = 'Công văn 12729/VPCP-KGVX'
const N2027 = 'Công văn 10065/VPCP-KGVX (secondary report)'
const CULTURE = 'Nghị quyết 28/2026/QH16'
const RULE = 'rule (Bộ luật Lao động 2019 Điều 111–112)'

export const VN_HOLIDAYS: HolidayData = {
  '2025': [
    { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: LAW },
    { date: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)', source: N2025 },
    { date: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán (giao thừa, 29 tháng Chạp)', source: N2025 },
    { date: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: N2025 },
    { date: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: N2025 },
    { date: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: N2025 },
    { date: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: LAW },
    { date: '2025-04-26', kind: 'makeup-workday', name: 'Làm bù cho thứ Sáu 2/5', source: N2025 },
    { date: '2025-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: LAW },
    { date: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', source: LAW },
    { date: '2025-05-02', kind: 'swapped-day-off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)', source: N2025 },
    { date: '2025-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: N2025 },
    { date: '2025-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', source: LAW },
  ],
  '2026': [
    { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: LAW },
    { date: '2026-01-02', kind: 'swapped-day-off', name: 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/1)', source: NY2026 },
    { date: '2026-01-10', kind: 'makeup-workday', name: 'Làm bù cho thứ Sáu 2/1', source: NY2026 },
    { date: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán (giao thừa, 29 tháng Chạp)', source: N2026 },
    { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: N2026 },
    { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: N2026 },
    { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: N2026 },
    { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4)', source: N2026 },
    { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: LAW },
    { date: '2026-04-27', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: 'Bộ luật Lao động 2019 Điều 111(3)' },
    { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: LAW },
    { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', source: LAW },
    { date: '2026-08-22', kind: 'makeup-workday', name: 'Làm bù cho thứ Hai 31/8', source: N2026 },
    { date: '2026-08-31', kind: 'swapped-day-off', name: 'Nghỉ hoán đổi Quốc khánh (làm bù thứ Bảy 22/8)', source: N2026 },
    { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: N2026 },
    { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', source: LAW },
    { date: '2026-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (24/11)', source: CULTURE },
  ],
  '2027': [
    { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: LAW },
    { date: '2027-02-04', kind: 'compensatory', name: 'Tết Nguyên đán (28 tháng Chạp, nghỉ bù)', source: N2027 },
    { date: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên đán (giao thừa, 29 tháng Chạp)', source: N2027 },
    { date: '2027-02-06', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: N2027 },
    { date: '2027-02-07', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: N2027 },
    { date: '2027-02-08', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: N2027 },
    { date: '2027-02-09', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4)', source: N2027 },
    { date: '2027-02-10', kind: 'compensatory', name: 'Tết Nguyên đán (mùng 5, nghỉ bù)', source: N2027 },
    { date: '2027-04-16', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: RULE },
    { date: '2027-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: RULE },
    { date: '2027-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', source: RULE },
    { date: '2027-05-03', kind: 'compensatory', name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5)', source: RULE },
    { date: '2027-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', source: N2027 },
    { date: '2027-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: N2027 },
    { date: '2027-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (24/11)', source: CULTURE },
  ],
  '2028': [
    { date: '2028-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: RULE },
    { date: '2028-01-03', kind: 'compensatory', name: 'Nghỉ bù Tết Dương lịch', source: RULE },
    { date: '2028-01-25', kind: 'holiday', name: 'Tết Nguyên đán (giao thừa)', source: RULE },
    { date: '2028-01-26', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: RULE },
    { date: '2028-01-27', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: RULE },
    { date: '2028-01-28', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: RULE },
    { date: '2028-01-29', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4)', source: RULE },
    { date: '2028-01-31', kind: 'compensatory', name: 'Nghỉ bù Tết Nguyên đán (mùng 4)', source: RULE },
    { date: '2028-04-04', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: RULE },
    { date: '2028-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: RULE },
    { date: '2028-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', source: RULE },
    { date: '2028-05-02', kind: 'compensatory', name: 'Nghỉ bù Ngày Chiến thắng (30/4)', source: RULE },
    { date: '2028-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: RULE },
    { date: '2028-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', source: RULE },
    { date: '2028-09-04', kind: 'compensatory', name: 'Nghỉ bù Quốc khánh (2/9)', source: RULE },
    { date: '2028-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (24/11)', source: RULE },
  ],
  '2029': [
    { date: '2029-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: RULE },
    { date: '2029-02-12', kind: 'holiday', name: 'Tết Nguyên đán (giao thừa)', source: RULE },
    { date: '2029-02-13', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: RULE },
    { date: '2029-02-14', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: RULE },
    { date: '2029-02-15', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: RULE },
    { date: '2029-02-16', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4)', source: RULE },
    { date: '2029-04-23', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: RULE },
    { date: '2029-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: RULE },
    { date: '2029-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', source: RULE },
    { date: '2029-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', source: RULE },
    { date: '2029-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: RULE },
    { date: '2029-09-04', kind: 'compensatory', name: 'Nghỉ bù Quốc khánh (2/9)', source: RULE },
    { date: '2029-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (24/11)', source: RULE },
  ],
  '2030': [
    { date: '2030-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: RULE },
    { date: '2030-02-01', kind: 'holiday', name: 'Tết Nguyên đán (giao thừa)', source: RULE },
    { date: '2030-02-02', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)', source: RULE },
    { date: '2030-02-03', kind: 'holiday', name: 'Tết Nguyên đán (mùng 2)', source: RULE },
    { date: '2030-02-04', kind: 'holiday', name: 'Tết Nguyên đán (mùng 3)', source: RULE },
    { date: '2030-02-05', kind: 'holiday', name: 'Tết Nguyên đán (mùng 4)', source: RULE },
    { date: '2030-02-06', kind: 'compensatory', name: 'Nghỉ bù Tết Nguyên đán (mùng 1)', source: RULE },
    { date: '2030-02-07', kind: 'compensatory', name: 'Nghỉ bù Tết Nguyên đán (mùng 2)', source: RULE },
    { date: '2030-04-12', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source: RULE },
    { date: '2030-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: RULE },
    { date: '2030-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (1/5)', source: RULE },
    { date: '2030-09-02', kind: 'holiday', name: 'Quốc khánh (2/9)', source: RULE },
    { date: '2030-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', source: RULE },
    { date: '2030-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (24/11)', source: RULE },
  ],
}
