/**
 * /nhaplich (issue 4): a roster file (CSV) becomes shifts, all of them or none. The adapter hands the document's facts
 * and a way to fetch its bytes; the file is fetched only for someone who may import, read and checked here
 * (services/rosters/csv.ts), and the shifts are inserted in ONE transaction with the update's marker and the reply
 * (commitOnce), under the per-unit roster locks /phancong takes, after checking them against the shifts already there.
 * A replayed update imports nothing; the same file imported again inserts nothing and says which rows were already
 * in the roster.
 */
import { commitOnce, type Committed } from '../shared/commit.ts'
import { notice, type TicketRequest } from '../tickets/ticket-service.ts'
import {
  checkAgainstExisting, readRosterCsv, ROSTER_CSV_MAX_BYTES, ROSTER_PROBLEMS_LISTED, sortProblems, spanOf,
  type RosterProblem, type RosterRow,
} from './csv.ts'
import { mayImportRoster, rosterWeek } from './roster.ts'
import type { RosterDeps } from './roster-service.ts'
import type { Interval, Shift } from './types.ts'
import type { BusinessCalendar } from '../calendar/business-calendar.ts'
import { MS_PER_DAY } from '../calendar/time.ts'

/** What the messenger says of the document, before it is fetched. */
export interface RosterDocument {
  fileName: string
  mimeType: string
  /** Bytes, when the messenger tells. */
  size: number | null
}

export type RosterDownload = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'import_too_big' | 'import_download_failed' }

export type ImportRefusal = 'not_allowed' | 'import_not_csv' | 'import_too_big' | 'import_download_failed' | 'import_problems'

export type ImportOutcome =
  | { ok: true; added: number; duplicates: number }
  | { ok: false; reason: ImportRefusal; problems?: RosterProblem[]; total?: number }

/** Duplicate rows named by line in the reply, at most. */
const DUPLICATE_LINES_LISTED = 10

const CSV_TYPES = new Set(['text/csv', 'text/plain', 'application/csv', 'text/comma-separated-values', 'text/x-csv'])

/** A CSV by its name (.csv, .txt) or its type; spreadsheets (.xlsx, .xls) are not. */
export function isCsvDocument(doc: RosterDocument): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(doc.fileName)?.[1]?.toLowerCase()
  if (ext !== undefined) return ext === 'csv' || ext === 'txt'
  return CSV_TYPES.has(doc.mimeType.toLowerCase())
}

export async function importRoster(deps: RosterDeps, req: TicketRequest, doc: RosterDocument, download: () => Promise<RosterDownload>): Promise<Committed<ImportOutcome>> {
  const refuse = (reason: ImportRefusal, more: { problems?: RosterProblem[]; total?: number } = {}): Committed<ImportOutcome> =>
    ({ duplicate: false, committed: false, value: { ok: false, reason, ...more } })
  if (await deps.store.isUpdateProcessed(req.updateId)) return { duplicate: true }
  if (!mayImportRoster(req.actor)) return refuse('not_allowed')
  if (!isCsvDocument(doc)) return refuse('import_not_csv')
  if (doc.size !== null && doc.size > ROSTER_CSV_MAX_BYTES) return refuse('import_too_big')
  const file = await download()
  if (!file.ok) return refuse(file.reason)
  const calendar = deps.config.clock.calendar
  const read = readRosterCsv(file.bytes, { calendar, units: deps.units, actor: req.actor, now: req.now })
  const listed = (list: readonly RosterProblem[]) => ({ problems: list.slice(0, ROSTER_PROBLEMS_LISTED), total: list.length })
  // Every problem in one answer: the valid rows are also checked against the roster now (and again, under the
  // locks, in the transaction — that check decides).
  const early = read.rows.length === 0 ? [] : checkAgainstExisting(read.rows, await existingShifts(deps, read.rows)).problems
  if (read.problems.length > 0 || early.length > 0) return refuse('import_problems', listed(sortProblems([...read.problems, ...early])))

  return commitOnce<ImportOutcome>(deps.store, req, async (tx) => {
    const span = spanOf(read.rows)
    const unitIds = [...new Set(read.rows.map((r) => r.unitId))]
    // Locks in one order (two imports at once never wait on each other crosswise), then the roster as it is, read
    // once over the whole days the file touches (they hold its span, so the check finds what it needs there): the
    // gaps are counted over those days, as a file with one evening shift does not cover the night after it.
    for (const unitId of [...unitIds].sort()) await tx.lockRoster(unitId)
    const days = wholeDays(span, calendar)
    const existing: Shift[] = []
    for (const unitId of unitIds) existing.push(...(await tx.shiftsBetween(days.from, days.to, unitId)))
    const checked = checkAgainstExisting(read.rows, existing)
    if (checked.problems.length > 0) return { refused: { ok: false, reason: 'import_problems', ...listed(sortProblems(checked.problems)) } }
    const inserted = await tx.insertShifts(checked.fresh.map((r) => newShift(r, req)))
    const week = rosterWeek(unitIds, [...existing, ...inserted], days, calendar)
    const data = {
      added: inserted.length,
      rows: read.rows.length,
      from: span.from.toISOString(),
      to: span.to.toISOString(),
      units: week.units.map((u) => ({ unitId: u.unitId, added: inserted.filter((s) => s.unitId === u.unitId).length, gaps: u.gaps })),
      duplicates: checked.duplicates.length,
      duplicateLines: checked.duplicates.slice(0, DUPLICATE_LINES_LISTED).map((d) => d.line),
    }
    return { value: { ok: true, added: inserted.length, duplicates: checked.duplicates.length }, messages: [notice(req, 'roster_imported', data)] }
  })
}

async function existingShifts(deps: RosterDeps, rows: readonly RosterRow[]): Promise<Shift[]> {
  const span = spanOf(rows)
  const unitIds = new Set(rows.map((r) => r.unitId))
  return (await deps.store.shiftsBetween(span.from, span.to)).filter((s) => unitIds.has(s.unitId))
}

function newShift(r: RosterRow, req: TicketRequest) {
  return { unitId: r.unitId, userId: r.userId, userName: r.userName, startsAt: r.from, endsAt: r.to, createdBy: req.actor.userId, createdAt: req.now }
}

/** From the business midnight before `span.from` to the one at or after `span.to`. */
function wholeDays(span: Interval, calendar: BusinessCalendar): Interval {
  const from = calendar.instantOf(calendar.localDate(span.from))
  const lastDay = calendar.instantOf(calendar.localDate(new Date(span.to.getTime() - 1)))
  return { from, to: new Date(lastDay.getTime() + MS_PER_DAY) }
}
