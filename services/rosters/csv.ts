/**
 * CSV import of duty rosters (/nhaplich, issue 4): reading and checking a roster file. Pure: the calendar, the units,
 * the actor and `now` are arguments; every problem is a code with its line number, rendered in Vietnamese by the
 * adapter. Any problem and nothing is imported (the use case refuses the whole file).
 *
 * Format
 * - UTF-8 (a byte-order mark is tolerated; UTF-16 and legacy code pages are refused), at most 256 KB and 2,000 rows;
 * - separated by commas or semicolons (Excel in a Vietnamese locale writes semicolons): the header line decides;
 *   fields may be quoted ("…", "" for a quote inside);
 * - a header line, then one shift per line; empty lines are skipped. Columns, in any order (extra ones are ignored),
 *   named in English or in Vietnamese with or without diacritics:
 *     don_vi   (đơn vị, unit, unit_id)            the unit's id (vnpt-nghe-an) or its exact name (VNPT Nghệ An)
 *     user_id  (telegram_id, id)                  the person's Telegram user id (a positive number)
 *     ho_ten   (họ tên, ho_va_ten, ten, name)     the person's name as shown in the roster
 *     bat_dau  (bắt đầu, tu, start)               `YYYY-MM-DD HH:mm` or `DD/MM/YYYY HH:mm`, Asia/Ho_Chi_Minh
 *     ket_thuc (kết thúc, den, end)               the same; after the start, at most 7 days later, not yet past
 * - the /phancong rules apply: whoever imports must be allowed to manage each unit's roster (admins, dispatchers,
 *   the unit's leaders), and a person's shifts in a unit must not overlap — neither within the file nor with the
 *   shifts already in the roster. A row equal to a shift already there (same unit, person, start and end) is not a
 *   problem: it is reported as already present and not inserted twice.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts'
import { MS_PER_DAY } from '../calendar/time.ts'
import { foldVi, normalizeVi } from '../text/normalize.ts'
import type { Actor } from '../tickets/types.ts'
import type { Unit, UnitLookup } from '../units/types.ts'
import { instant, MAX_SHIFT_MS, mayManageRoster, overlaps } from './roster.ts'
import type { Interval, Shift } from './types.ts'

export const ROSTER_CSV_MAX_BYTES = 256 * 1024
export const ROSTER_CSV_MAX_ROWS = 2_000
/** The problems a refusal lists; the others are counted. */
export const ROSTER_PROBLEMS_LISTED = 10
/** A file covers at most this span (first start to last end): rosters are weekly or monthly. */
export const ROSTER_MAX_SPAN_MS = 62 * MS_PER_DAY
const NAME_MAX = 64

export const ROSTER_COLUMNS = ['unit', 'userId', 'name', 'start', 'end'] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]

/** Header names per column, folded (no diacritics, lower case, words joined by "_"). */
const HEADER_NAMES: Record<RosterColumn, readonly string[]> = {
  unit: ['don_vi', 'donvi', 'ma_don_vi', 'unit', 'unit_id', 'unitid'],
  userId: ['user_id', 'userid', 'telegram_id', 'id_telegram', 'telegram_user_id', 'id'],
  name: ['ho_ten', 'hoten', 'ho_va_ten', 'ten', 'name', 'nguoi_truc'],
  start: ['bat_dau', 'batdau', 'tu', 'tu_luc', 'start', 'starts_at'],
  end: ['ket_thuc', 'ketthuc', 'den', 'den_luc', 'end', 'ends_at'],
}

/** The header as it is to be written (shown in messages). */
export const ROSTER_HEADER = 'don_vi,user_id,ho_ten,bat_dau,ket_thuc'

export type RosterProblemCode =
  | 'not_utf8' | 'empty' | 'too_big' | 'too_many_rows' | 'unclosed_quote' | 'missing_columns' | 'span_too_long'
  | 'columns' | 'unit_unknown' | 'unit_ambiguous' | 'not_allowed' | 'user_id' | 'name_missing' | 'name_too_long'
  | 'bad_start' | 'bad_end' | 'end_before_start' | 'too_long' | 'past' | 'overlap_in_file' | 'overlap_existing'

/** One problem of a file: its line (1 = the header; null: the whole file) and details for the message. */
export interface RosterProblem {
  line: number | null
  code: RosterProblemCode
  detail?: Record<string, string | number>
}

/** A valid row: one shift to add. */
export interface RosterRow {
  line: number
  unitId: string
  userId: number
  userName: string
  from: Date
  to: Date
}

export interface RosterFileContext {
  calendar: BusinessCalendar
  units: UnitLookup
  actor: Actor
  now: Date
}

export interface RosterFileRead {
  rows: RosterRow[]
  /** Sorted by line; empty when the file may be imported. */
  problems: RosterProblem[]
}

/** Reads and checks a roster file: its encoding, shape, every row, and the overlaps within it. */
export function readRosterCsv(bytes: Uint8Array, ctx: RosterFileContext): RosterFileRead {
  const whole = (code: RosterProblemCode, detail?: RosterProblem['detail']): RosterFileRead =>
    ({ rows: [], problems: [detail ? { line: null, code, detail } : { line: null, code }] })
  if (bytes.length > ROSTER_CSV_MAX_BYTES) return whole('too_big', { kb: ROSTER_CSV_MAX_BYTES / 1024 })
  const text = decodeUtf8(bytes)
  if (text === null) return whole('not_utf8')
  const sep = separatorOf(text)
  const parsed = tokenize(text, sep)
  if ('unclosedAt' in parsed) return { rows: [], problems: [{ line: parsed.unclosedAt, code: 'unclosed_quote' }] }
  const records = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ''))
  const [header, ...data] = records
  if (header === undefined || data.length === 0) return whole('empty', { header: ROSTER_HEADER })
  const columns = columnsOf(header.fields)
  const missing = ROSTER_COLUMNS.filter((c) => columns[c] === undefined)
  if (missing.length > 0) {
    return { rows: [], problems: [{ line: header.line, code: 'missing_columns', detail: { columns: missing.map((c) => HEADER_NAMES[c][0]).join(', '), header: ROSTER_HEADER } }] }
  }
  if (data.length > ROSTER_CSV_MAX_ROWS) return whole('too_many_rows', { rows: data.length, max: ROSTER_CSV_MAX_ROWS })

  const rows: RosterRow[] = []
  const problems: RosterProblem[] = []
  const needed = Math.max(...ROSTER_COLUMNS.map((c) => columns[c] as number)) + 1
  for (const record of data) {
    const r = readRow(record, columns as Record<RosterColumn, number>, needed, ctx)
    if ('problems' in r) problems.push(...r.problems)
    else rows.push(r.row)
  }
  problems.push(...overlapsWithin(rows))
  if (problems.length === 0 && rows.length > 0) {
    const span = spanOf(rows)
    if (span.to.getTime() - span.from.getTime() > ROSTER_MAX_SPAN_MS) problems.push({ line: null, code: 'span_too_long', detail: { days: ROSTER_MAX_SPAN_MS / MS_PER_DAY } })
  }
  return { rows, problems: sortProblems(problems) }
}

export interface ExistingCheck {
  /** Rows to insert. */
  fresh: RosterRow[]
  /** Rows equal to a shift already in the roster: not inserted again. */
  duplicates: Array<{ line: number; shiftId: number }>
  problems: RosterProblem[]
}

/** The rows against the shifts already in the roster (of the same units, over the file's span). */
export function checkAgainstExisting(rows: readonly RosterRow[], existing: readonly Shift[]): ExistingCheck {
  const out: ExistingCheck = { fresh: [], duplicates: [], problems: [] }
  for (const row of rows) {
    const same = existing.filter((s) => s.unitId === row.unitId && s.userId === row.userId)
    const exact = same.find((s) => s.startsAt.getTime() === row.from.getTime() && s.endsAt.getTime() === row.to.getTime())
    if (exact) {
      out.duplicates.push({ line: row.line, shiftId: exact.id })
      continue
    }
    const clash = same.find((s) => overlaps(s, row))
    if (clash) out.problems.push({ line: row.line, code: 'overlap_existing', detail: { shiftId: clash.id, from: clash.startsAt.toISOString(), to: clash.endsAt.toISOString() } })
    else out.fresh.push(row)
  }
  return out
}

/** From the first start to the last end of the rows. */
export function spanOf(rows: readonly RosterRow[]): Interval {
  return {
    from: new Date(Math.min(...rows.map((r) => r.from.getTime()))),
    to: new Date(Math.max(...rows.map((r) => r.to.getTime()))),
  }
}

export function sortProblems(problems: readonly RosterProblem[]): RosterProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

// ---- reading ------------------------------------------------------------------------------------------------------

function decodeUtf8(bytes: Uint8Array): string | null {
  // UTF-16 (Excel's "Unicode text") starts with FF FE or FE FF: refused rather than read as garbage.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return null
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  if (text.includes('\u0000')) return null
  return text.replace(/^\uFEFF/, '')
}

/** The header line's separator: semicolons when it has more of them than commas. */
function separatorOf(text: string): ',' | ';' {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? ''
  const count = (c: string) => first.split(c).length - 1
  return count(';') > count(',') ? ';' : ','
}

interface CsvRecord {
  /** The line the record starts on (1-based; a quoted field may span lines). */
  line: number
  fields: string[]
}

/** RFC 4180 with either separator; CRLF, LF or CR line ends. */
function tokenize(text: string, sep: string): { records: CsvRecord[] } | { unclosedAt: number } {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  const endRecord = () => {
    fields.push(field)
    records.push({ line: start, fields })
    fields = []
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (c === '"') {
        quoted = false
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1
        field += c
      }
      continue
    }
    if (c === '"' && field.trim() === '') {
      quoted = true
      field = ''
    } else if (c === sep) {
      fields.push(field)
      field = ''
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1
      endRecord()
      line += 1
      start = line
    } else {
      field += c
    }
  }
  if (quoted) return { unclosedAt: start }
  if (field !== '' || fields.length > 0) endRecord()
  return { records }
}

const headerKey = (cell: string): string => foldVi(cell).replace(/ /g, '_')

function columnsOf(header: readonly string[]): Partial<Record<RosterColumn, number>> {
  const columns: Partial<Record<RosterColumn, number>> = {}
  header.forEach((cell, i) => {
    const key = headerKey(cell)
    const column = ROSTER_COLUMNS.find((c) => HEADER_NAMES[c].includes(key))
    if (column !== undefined && columns[column] === undefined) columns[column] = i
  })
  return columns
}

function readRow(record: CsvRecord, columns: Record<RosterColumn, number>, needed: number, ctx: RosterFileContext): { row: RosterRow } | { problems: RosterProblem[] } {
  const line = record.line
  if (record.fields.length < needed) return { problems: [{ line, code: 'columns', detail: { found: record.fields.length, needed } }] }
  const cell = (c: RosterColumn) => record.fields[columns[c]].trim()
  const problems: RosterProblem[] = []
  const add = (code: RosterProblemCode, detail?: RosterProblem['detail']) => problems.push(detail ? { line, code, detail } : { line, code })

  const unit = resolveUnit(cell('unit'), ctx.units)
  if (unit.kind === 'none') add('unit_unknown', { unit: clip(cell('unit')) })
  else if (unit.kind === 'ambiguous') add('unit_ambiguous', { unit: clip(cell('unit')) })
  else if (!mayManageRoster(ctx.actor, unit.unit.id)) add('not_allowed', { unit: unit.unit.name })

  const userText = cell('userId')
  const userId = /^\d{1,16}$/.test(userText) ? Number(userText) : NaN
  if (!Number.isSafeInteger(userId) || userId <= 0) add('user_id', { value: clip(userText) })

  const name = normalizeVi(cell('name'))
  if (name === '') add('name_missing')
  else if ([...name].length > NAME_MAX) add('name_too_long', { max: NAME_MAX })

  const from = parseRosterTime(cell('start'), ctx.calendar)
  const to = parseRosterTime(cell('end'), ctx.calendar)
  if (from === null) add('bad_start', { value: clip(cell('start')) })
  if (to === null) add('bad_end', { value: clip(cell('end')) })
  if (from !== null && to !== null) {
    if (to.getTime() <= from.getTime()) add('end_before_start')
    else if (to.getTime() - from.getTime() > MAX_SHIFT_MS) add('too_long', { days: MAX_SHIFT_MS / MS_PER_DAY })
    else if (to.getTime() <= ctx.now.getTime()) add('past')
  }
  if (problems.length > 0 || unit.kind !== 'found' || from === null || to === null) return { problems }
  return { row: { line, unitId: unit.unit.id, userId, userName: name, from, to } }
}

type UnitMatch = { kind: 'found'; unit: Unit } | { kind: 'ambiguous' } | { kind: 'none' }

/** A unit id (any case), or a unit's exact name (diacritics and case ignored) when only one unit has it. */
function resolveUnit(text: string, units: UnitLookup): UnitMatch {
  if (text === '') return { kind: 'none' }
  const byId = units.get(text.toLowerCase())
  if (byId) return { kind: 'found', unit: byId }
  const key = foldVi(text)
  const named = units.all().filter((u) => foldVi(u.name) === key)
  if (named.length === 1) return { kind: 'found', unit: named[0] }
  return named.length > 1 ? { kind: 'ambiguous' } : { kind: 'none' }
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const HM = /^(\d{1,2})[:hH](\d{2})(?::00)?$/

/** `YYYY-MM-DD HH:mm` or `DD/MM/YYYY HH:mm` (also `-` or `.` between day, month and year; `T` before the time). */
export function parseRosterTime(text: string, calendar: BusinessCalendar): Date | null {
  const m = /^(\S+)(?:\s+|T)(\S+)$/.exec(text.trim())
  if (!m) return null
  const ymd = YMD.exec(m[1])
  const dmy = ymd ? null : DMY.exec(m[1])
  const hm = HM.exec(m[2])
  if ((!ymd && !dmy) || !hm) return null
  const [year, month, day] = ymd ? [ymd[1], ymd[2], ymd[3]] : [dmy![3], dmy![2], dmy![1]]
  return instant(calendar, Number(year), Number(month), Number(day), Number(hm[1]), Number(hm[2]))
}

/** Two rows of the same person in the same unit whose times overlap: the later line is the problem. */
function overlapsWithin(rows: readonly RosterRow[]): RosterProblem[] {
  const groups = new Map<string, RosterRow[]>()
  for (const r of rows) {
    const key = `${r.unitId}|${r.userId}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  const problems: RosterProblem[] = []
  for (const list of groups.values()) {
    list.sort((a, b) => a.from.getTime() - b.from.getTime() || a.line - b.line)
    let reach: RosterRow | null = null
    for (const r of list) {
      if (reach !== null && r.from.getTime() < reach.to.getTime()) {
        const [first, second] = reach.line < r.line ? [reach, r] : [r, reach]
        problems.push({ line: second.line, code: 'overlap_in_file', detail: { other: first.line } })
      }
      if (reach === null || r.to.getTime() > reach.to.getTime()) reach = r
    }
  }
  return problems
}

const clip = (s: string): string => ([...s].length > 40 ? [...s].slice(0, 39).join('') + '…' : s)
