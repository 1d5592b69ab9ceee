import { describe, expect, it } from 'vitest'
import { renderNotice } from '../../../bot/render/notice.ts'
import {
  checkAgainstExisting, parseRosterTime, readRosterCsv, ROSTER_CSV_MAX_BYTES, ROSTER_CSV_MAX_ROWS, type RosterFileContext, type RosterProblem,
} from '../../../services/rosters/csv.ts'
import type { Shift } from '../../../services/rosters/types.ts'
import { actor, directory, shippedConfig } from '../../helpers/fixtures.ts'

const config = shippedConfig()
const calendar = config.clock.calendar
const units = directory(config)
const vn = (s: string) => new Date(`${s}+07:00`)
const NOW = vn('2026-11-27T10:00:00') // Friday
const admin = actor({ userId: 900, isAdmin: true })
const ctx = (over: Partial<RosterFileContext> = {}): RosterFileContext => ({ calendar, units, actor: admin, now: NOW, ...over })
const utf8 = (s: string) => new TextEncoder().encode(s)
const read = (text: string, over: Partial<RosterFileContext> = {}) => readRosterCsv(utf8(text), ctx(over))
const codes = (problems: RosterProblem[]) => problems.map((p) => [p.line, p.code])

const HEADER = 'don_vi,user_id,ho_ten,bat_dau,ket_thuc'

describe('reading a roster file', () => {
  it('a comma-separated file with the documented header: one shift per line, times in Vietnam', () => {
    const r = read([
      HEADER,
      'vnpt-nghe-an,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30',
      'vnpt-nghe-an,503,Lê Hùng,30/11/2026 07:30,30/11/2026 17:00',
      'ttch-dn,601,  Nguyễn   Văn An ,2026-12-05 00:00,2026-12-05 24:00',
    ].join('\n'))
    expect(r.problems).toEqual([])
    expect(r.rows).toEqual([
      { line: 2, unitId: 'vnpt-nghe-an', userId: 502, userName: 'Phạm Minh', from: vn('2026-11-30T17:00:00'), to: vn('2026-12-01T07:30:00') },
      { line: 3, unitId: 'vnpt-nghe-an', userId: 503, userName: 'Lê Hùng', from: vn('2026-11-30T07:30:00'), to: vn('2026-11-30T17:00:00') },
      { line: 4, unitId: 'ttch-dn', userId: 601, userName: 'Nguyễn Văn An', from: vn('2026-12-05T00:00:00'), to: vn('2026-12-06T00:00:00') },
    ])
  })

  it("Excel's Vietnamese CSV: byte-order mark, semicolons, CRLF, headers with diacritics, quoted fields, units by name", () => {
    const text = '\uFEFFĐơn vị;User ID;Họ tên;Bắt đầu;Kết thúc\r\n'
      + 'VNPT Nghệ An;502;"Phạm Minh; ca đêm";30/11/2026 17:00;01/12/2026 07:30\r\n'
      + '\r\n'
      + 'vnpt nghe an;503;"Lê ""Hùng""";1/12/2026 7:30;1/12/2026 17h00\r\n'
    const r = read(text)
    expect(r.problems).toEqual([])
    expect(r.rows.map((x) => [x.line, x.unitId, x.userId, x.userName, x.from.toISOString()])).toEqual([
      [2, 'vnpt-nghe-an', 502, 'Phạm Minh; ca đêm', vn('2026-11-30T17:00:00').toISOString()],
      [4, 'vnpt-nghe-an', 503, 'Lê "Hùng"', vn('2026-12-01T07:30:00').toISOString()],
    ])
  })

  it('columns in any order, extra columns ignored, English names accepted', () => {
    const r = read('start,end,unit,name,note,user_id\n2026-11-30 17:00,2026-12-01 07:30,ttch-cq,Trần Lan,ca đêm,77')
    expect(r.problems).toEqual([])
    expect(r.rows).toMatchObject([{ line: 2, unitId: 'ttch-cq', userId: 77, userName: 'Trần Lan' }])
  })

  it('every problem with its line number; any problem and no row is valid for import', () => {
    const r = read([
      HEADER,
      'vnpt-nghe-an,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30', // fine, but overlapped by line 9
      'vnpt-ha-giang,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30', // unknown unit
      'vnpt-nghe-an,-5,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30', // bad user id
      'vnpt-nghe-an,504,,2026-11-30 17:00,2026-12-01 07:30', // no name
      'vnpt-nghe-an,505,Vũ Hà,31/11/2026 17:00,2026-12-01 25:00', // no 31 November, no 25 o'clock
      '',
      'vnpt-nghe-an,506,Vũ Hà,2026-12-01 17:00,2026-12-01 07:30', // end before start
      'vnpt-nghe-an,502,Phạm Minh,2026-12-01 06:00,2026-12-01 09:00', // overlaps line 2
      'vnpt-nghe-an,507,Đỗ Nam,2026-11-20 17:00,2026-11-21 07:30', // already over
      'vnpt-nghe-an,508,Đỗ Nam,2026-12-01 17:00,2026-12-09 17:00', // longer than 7 days
      'vnpt-nghe-an,509', // too few columns
    ].join('\n'))
    expect(r.rows.map((x) => x.line)).toEqual([2, 9])
    expect(codes(r.problems)).toEqual([
      [3, 'unit_unknown'], [4, 'user_id'], [5, 'name_missing'], [6, 'bad_start'], [6, 'bad_end'], [8, 'end_before_start'],
      [9, 'overlap_in_file'], [10, 'past'], [11, 'too_long'], [12, 'columns'],
    ])
    expect(r.problems.find((p) => p.code === 'overlap_in_file')?.detail).toEqual({ other: 2 })
    expect(r.problems.find((p) => p.code === 'columns')?.detail).toEqual({ found: 2, needed: 5 })
  })

  it("the /phancong rights per row: a unit's leader imports only for the unit", () => {
    const leader = actor({ userId: 60, unitId: 'vnpt-nghe-an', isUnitLeader: true })
    const r = read([HEADER, 'vnpt-nghe-an,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30', 'nghe-an,11,Lan,2026-11-30 17:00,2026-12-01 07:30'].join('\n'), { actor: leader })
    expect(codes(r.problems)).toEqual([[3, 'not_allowed']])
    expect(r.problems[0].detail).toEqual({ unit: 'Nghệ An' })
  })

  it('the whole file: encoding, emptiness, columns, size and row limits, quotes, span', () => {
    const latin1 = Uint8Array.from([...utf8(`${HEADER}\nvnpt-nghe-an,502,Ph`), 0xe1, 0x6d, 0x0a])
    expect(codes(readRosterCsv(latin1, ctx()).problems)).toEqual([[null, 'not_utf8']])
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...HEADER].flatMap((c) => [c.charCodeAt(0), 0])])
    expect(codes(readRosterCsv(utf16, ctx()).problems)).toEqual([[null, 'not_utf8']])
    expect(codes(read(`${HEADER}\n\n`).problems)).toEqual([[null, 'empty']])
    expect(codes(read('').problems)).toEqual([[null, 'empty']])
    const missing = read('don_vi;ho_ten;bat_dau;ket_thuc\nvnpt-nghe-an;Minh;2026-11-30 17:00;2026-12-01 07:30')
    expect(missing.problems).toEqual([{ line: 1, code: 'missing_columns', detail: { columns: 'user_id', header: HEADER } }])
    expect(codes(read(`${HEADER}\nvnpt-nghe-an,502,"Phạm Minh,2026-11-30 17:00,2026-12-01 07:30\nx,y`).problems)).toEqual([[2, 'unclosed_quote']])
    expect(codes(readRosterCsv(new Uint8Array(ROSTER_CSV_MAX_BYTES + 1).fill(0x41), ctx()).problems)).toEqual([[null, 'too_big']])
    const row = 'vnpt-nghe-an,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30'
    expect(codes(read([HEADER, ...Array.from({ length: ROSTER_CSV_MAX_ROWS + 1 }, () => row)].join('\n')).problems)).toEqual([[null, 'too_many_rows']])
    expect(read([HEADER, ...Array.from({ length: ROSTER_CSV_MAX_ROWS }, () => row)].join('\n')).problems.some((p) => p.code === 'too_many_rows')).toBe(false)
    const span = read([HEADER, row, 'vnpt-nghe-an,502,Phạm Minh,2027-02-01 17:00,2027-02-02 07:30'].join('\n'))
    expect(span.problems).toEqual([{ line: null, code: 'span_too_long', detail: { days: 62 } }])
  })

  it('times: two formats, in Vietnam whatever the server zone; nonsense refused', () => {
    expect(parseRosterTime('2026-11-30 17:00', calendar)).toEqual(new Date('2026-11-30T10:00:00Z'))
    expect(parseRosterTime('30/11/2026 17:00', calendar)).toEqual(new Date('2026-11-30T10:00:00Z'))
    expect(parseRosterTime('2026-11-30T17:00', calendar)).toEqual(new Date('2026-11-30T10:00:00Z'))
    expect(parseRosterTime('30.11.2026 7:05:00', calendar)).toEqual(new Date('2026-11-30T00:05:00Z'))
    for (const bad of ['', '2026-11-30', '17:00', '30/11 17:00', '2026-02-29 08:00', '2026-11-30 17:60', '2026-11-30 24:30', '11/30/2026 17:00', '2026-11-30 17:00:30']) {
      expect(parseRosterTime(bad, calendar)).toBeNull()
    }
  })
})

describe('against the roster already there', () => {
  const shift = (id: number, userId: number, from: string, to: string): Shift =>
    ({ id, unitId: 'vnpt-nghe-an', userId, userName: `Người ${userId}`, startsAt: vn(from), endsAt: vn(to), createdBy: 900, createdAt: NOW })
  const existing = [shift(5, 502, '2026-11-30T17:00:00', '2026-12-01T07:30:00'), shift(6, 503, '2026-12-01T17:00:00', '2026-12-02T07:30:00')]

  it('an equal shift is a duplicate, not a problem; an overlapping one is a problem; the others are fresh', () => {
    const rows = read([
      HEADER,
      'vnpt-nghe-an,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30',
      'vnpt-nghe-an,503,Lê Hùng,2026-12-01 20:00,2026-12-02 08:00',
      'vnpt-nghe-an,504,Vũ Hà,2026-12-01 20:00,2026-12-02 08:00',
      'ttch-dn,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30',
    ].join('\n')).rows
    const checked = checkAgainstExisting(rows, existing)
    expect(checked.duplicates).toEqual([{ line: 2, shiftId: 5 }])
    expect(checked.problems).toEqual([{ line: 3, code: 'overlap_existing', detail: { shiftId: 6, from: vn('2026-12-01T17:00:00').toISOString(), to: vn('2026-12-02T07:30:00').toISOString() } }])
    expect(checked.fresh.map((r) => r.line)).toEqual([4, 5])
  })
})

describe('the refusal, in Vietnamese with line numbers', () => {
  it('lists the problems the core kept and counts the rest; user text is escaped', () => {
    const problems: RosterProblem[] = [
      { line: null, code: 'span_too_long', detail: { days: 62 } },
      { line: 3, code: 'unit_unknown', detail: { unit: '<b>vnpt</b>' } },
      { line: 9, code: 'overlap_existing', detail: { shiftId: 6, from: vn('2026-12-01T17:00:00').toISOString(), to: vn('2026-12-02T07:30:00').toISOString() } },
    ]
    const text = renderNotice('roster_refused', { reason: 'import_problems', problems, total: 14 }, units).text
    expect(text.split('\n')).toEqual([
      '❌ Chưa nhập lịch trực: tệp có 14 lỗi nên chưa ca nào được nhập. Sửa tệp rồi gửi lại.',
      '• lịch trong tệp kéo dài quá 62 ngày; hãy chia thành nhiều tệp (theo tuần hoặc theo tháng).',
      '• Dòng 3: không có đơn vị «&lt;b&gt;vnpt&lt;/b&gt;» (ghi mã đơn vị, ví dụ vnpt-nghe-an, hoặc đúng tên đơn vị).',
      '• Dòng 9: ca của người này trùng thời gian với ca 6 đã có (T3 01/12 17:00 – T4 02/12 07:30).',
      '… và 11 lỗi khác',
    ])
  })
})
