import type { RosterProblem } from '../../services/rosters/csv.ts'
import type { RosterWeek, ShiftItem, UnitRoster } from '../../services/rosters/types.ts'
import type { TicketSummary } from '../../services/tickets/ticket-service.ts'
import type { UnitLookup } from '../../services/units/types.ts'
import { vi } from '../messages/vi.ts'
import { escapeHtml, truncate } from './html.ts'
import { formatVnTime } from './time.ts'

/** Vietnam is UTC+7 all year: wall-clock fields are the UTC fields of the shifted instant. */
const VN_OFFSET_MS = 7 * 3600_000
const GAPS_SHOWN = 8

const pad = (n: number) => String(n).padStart(2, '0')
const vnParts = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS)
  return { weekday: vi.roster.weekdays[d.getUTCDay()], day: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}`, time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` }
}

/** "T2 30/11 17:00". */
export function formatShiftTime(iso: string): string {
  const p = vnParts(iso)
  return `${p.weekday} ${p.day} ${p.time}`
}

/** The end of a span: only the time when it ends the day it started, else the day too. */
function formatEnd(fromIso: string, toIso: string): string {
  const [a, b] = [vnParts(fromIso), vnParts(toIso)]
  return a.day === b.day ? b.time : `${b.weekday} ${b.day} ${b.time}`
}

const unitName = (units: UnitLookup, id: string) => escapeHtml(units.get(id)?.name ?? id)
const person = (s: ShiftItem) => `<a href="tg://user?id=${s.userId}">${escapeHtml(s.userName)}</a>`
/** Who is on duty, each until when; or nobody. */
const onDutyText = (shifts: ShiftItem[]) => (shifts.length === 0 ? vi.roster.nobody : shifts.map((s) => vi.roster.until(person(s), formatShiftTime(s.endsAt))).join(', '))

/** /truc: each unit and who is on duty now. */
export function renderRosterNow(d: Record<string, unknown>, units: UnitLookup): string {
  const list = d.units as Array<{ unitId: string; onDuty: ShiftItem[] }>
  const lines = [vi.roster.nowTitle(formatVnTime(new Date(String(d.at))))]
  if (list.length === 0) lines.push(vi.roster.none)
  for (const u of list) {
    lines.push(vi.roster.nowLine(unitName(units, u.unitId), onDutyText(u.onDuty)))
  }
  return lines.join('\n')
}

/** /lichtruc and the Friday post: each unit's shifts, then its gaps outside working hours. */
export function renderRosterWeek(week: RosterWeek, units: UnitLookup, next = false): string {
  const last = new Date(new Date(week.to).getTime() - 1).toISOString()
  const lines = [(next ? vi.roster.nextWeekTitle : vi.roster.weekTitle)(vnParts(week.from).day, vnParts(last).day)]
  for (const u of week.units) {
    lines.push('', vi.roster.unit(unitName(units, u.unitId)))
    if (u.shifts.length === 0) lines.push(vi.roster.noShifts)
    for (const s of u.shifts) lines.push(vi.roster.shift(formatShiftTime(s.startsAt), formatEnd(s.startsAt, s.endsAt), escapeHtml(s.userName), s.id))
    lines.push(...gapLines(u.gaps))
  }
  lines.push('', gapsSummary(week.units))
  return lines.join('\n')
}

/** A unit's gaps outside working hours: covered, or the first GAPS_SHOWN of them and how many more. */
function gapLines(gaps: UnitRoster['gaps']): string[] {
  if (gaps.length === 0) return [vi.roster.covered]
  const lines = [vi.roster.gapsTitle, ...gaps.slice(0, GAPS_SHOWN).map((g) => vi.roster.gap(formatShiftTime(g.from), formatEnd(g.from, g.to)))]
  if (gaps.length > GAPS_SHOWN) lines.push(vi.roster.gapsMore(gaps.length - GAPS_SHOWN))
  return lines
}

/** The closing line: how many units have gaps, or none has. */
function gapsSummary(list: ReadonlyArray<Pick<UnitRoster, 'gaps'>>): string {
  const short = list.filter((u) => u.gaps.length > 0).length
  return short > 0 ? vi.roster.gapsSummary(short) : vi.roster.noGaps
}

export function renderShiftChange(code: 'shift_added' | 'shift_removed', d: Record<string, unknown>, units: UnitLookup): string {
  const s = d.shift as ShiftItem
  const [from, to] = [formatShiftTime(s.startsAt), formatEnd(s.startsAt, s.endsAt)]
  return code === 'shift_added'
    ? vi.roster.added(escapeHtml(s.userName), unitName(units, String(d.unitId)), from, to, s.id)
    : vi.roster.removed(escapeHtml(s.userName), from, to, s.id)
}

export function renderShiftRefused(d: Record<string, unknown>): string {
  if (d.reason === 'import_problems') return renderImportProblems(d)
  const text = vi.roster.refusal[String(d.reason)] ?? vi.roster.refusal.not_allowed
  const clash = d.shift as ShiftItem | undefined
  return clash ? text + vi.roster.overlapWith(formatShiftTime(clash.startsAt), formatEnd(clash.startsAt, clash.endsAt), clash.id) : text
}

/** The handover at a shift change: who is on duty, and the team's open and overdue tickets. */
export function renderHandover(d: Record<string, unknown>, units: UnitLookup): string {
  const items = d.items as TicketSummary[]
  const lines = [
    vi.roster.handoverTitle(unitName(units, String(d.unitId)), formatShiftTime(String(d.at))),
    vi.roster.handoverOnDuty(onDutyText(d.onDuty as ShiftItem[])),
  ]
  if (items.length === 0) return [...lines, vi.roster.handoverNone].join('\n')
  lines.push(vi.roster.handoverTickets(items.length, Number(d.overdue)))
  for (const t of items) {
    const badge = t.overdue ? ` ⚠️ ${vi.card.overdue}` : ''
    lines.push(`<b>#${t.number}</b> ${vi.status[t.status]}${badge} · ${vi.priority[t.priority]} · ${vi.card.deadline.toLowerCase()} ${formatVnTime(new Date(t.deadline))} — <i>${escapeHtml(truncate(t.description, 70))}</i>`)
  }
  if (d.more === true) lines.push(vi.notice.list_more(items.length))
  return lines.join('\n')
}

/** /nhaplich refused: the file's problems, each with its line, at most the ones the core listed, then how many more. */
export function renderImportProblems(d: Record<string, unknown>): string {
  const problems = d.problems as RosterProblem[]
  const total = Number(d.total)
  const t = vi.roster.import
  const lines = [t.problemsTitle(total)]
  for (const p of problems) {
    const text = (t.problem[p.code] ?? (() => p.code))(problemDetail(p))
    lines.push(p.line === null ? t.problemFile(text) : t.problemLine(p.line, text))
  }
  if (total > problems.length) lines.push(t.problemsMore(total - problems.length))
  return lines.join('\n')
}

/** Details as the catalogue shows them: escaped, instants as "T2 30/11 17:00". */
function problemDetail(p: RosterProblem): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(p.detail ?? {})) {
    out[k] = (k === 'from' || k === 'to') && typeof v === 'string' ? formatShiftTime(v) : escapeHtml(String(v))
  }
  if (typeof p.detail?.from === 'string' && typeof p.detail.to === 'string') out.to = formatEnd(p.detail.from, p.detail.to)
  return out
}

/** /nhaplich done: how many shifts for which units over which period, rows already there, and the gaps left. */
export function renderRosterImport(d: Record<string, unknown>, units: UnitLookup): string {
  const t = vi.roster.import
  const list = d.units as Array<{ unitId: string; added: number; gaps: UnitRoster['gaps'] }>
  const [from, to] = [formatShiftTime(String(d.from)), formatEnd(String(d.from), String(d.to))]
  const added = Number(d.added)
  const lines = [added > 0 ? t.done(added, list.filter((u) => u.added > 0).length, from, to) : t.nothingNew(Number(d.rows), from, to)]
  if (added > 0) for (const u of list) if (u.added > 0) lines.push(t.unitLine(unitName(units, u.unitId), u.added))
  const duplicates = Number(d.duplicates)
  if (duplicates > 0) {
    const shown = (d.duplicateLines as number[]).join(', ')
    lines.push(t.duplicates(duplicates, duplicates > (d.duplicateLines as number[]).length ? `${shown}, …` : shown))
  }
  for (const u of list) lines.push('', vi.roster.unit(unitName(units, u.unitId)), ...gapLines(u.gaps))
  lines.push('', gapsSummary(list))
  return lines.join('\n')
}
