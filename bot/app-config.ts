/**
 * Loads config/trucban.yaml into a ReferenceConfig.
 *
 * Three passes, each failing with ONE ConfigError that names file, line and key path:
 *   1. YAML syntax (yaml, with a LineCounter so every node maps back to a line),
 *   2. shape (zod strict objects: unknown keys and wrong types are rejected),
 *   3. cross-references (unit ids, vendor teams, provinces, durations).
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import { z } from 'zod'
import { BusinessCalendar, calendarConfigProblems, HOLIDAY_KINDS, mergeHolidayData, VN_HOLIDAYS, type BusinessCalendarConfig, type Duration } from '../services/calendar/index.ts'
import type { ReferenceConfig, RoutingConfig, VendorCell } from '../services/config/types.ts'
import { ESCALATION_LEVELS, type ClockSettings, type EscalationStep } from '../services/sla/escalation.ts'
import { DEFAULT_SLA_POLICY, slaPolicyProblems, type SlaPolicy, type VendorSla } from '../services/sla/policy.ts'
import { CronSyntaxError, parseCron } from '../services/schedules/cron.ts'
import { CATCH_UP, REMINDER_MESSAGES, SCHEDULE_KINDS, type ScheduleJob, type ScheduleSettings, type ScheduleTarget } from '../services/schedules/types.ts'
import { fixedOffsetMinutes } from '../services/calendar/time.ts'
import { normalizeVi } from '../services/text/normalize.ts'
import { PROVINCE_BY_ID } from '../services/units/provinces.ts'
import { PRIORITIES, SYSTEMS, type Priority, type SystemCode } from '../services/tickets/types.ts'
import { UNIT_KINDS, type Unit } from '../services/units/types.ts'

export const DEFAULT_CONFIG_PATH = fileURLToPath(new URL('../config/trucban.yaml', import.meta.url))

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The five systems that have a column in the province × vendor table (requirements §9.4). */
const VENDOR_COLUMNS = ['tthc', 'vbdh', 'hop', 'lgsp', 'baocao'] as const satisfies readonly SystemCode[]
const SELF = 'self'

// ---------------------------------------------------------------------------------------------------------------
// Shape
// ---------------------------------------------------------------------------------------------------------------

const unitId = z
  .string()
  .max(24, { error: 'unit id must be at most 24 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'unit id must be ASCII kebab-case [a-z0-9-]' })

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' })

const unitSchema = z.strictObject({
  id: unitId,
  name: nonEmpty,
  kind: z.enum(UNIT_KINDS),
  provinceId: unitId.nullable().optional(),
  parentId: unitId.nullable().optional(),
  aliases: z.array(nonEmpty).optional(),
})

const vendorRowSchema = z.strictObject(
  Object.fromEntries(VENDOR_COLUMNS.map((c) => [c, nonEmpty.optional()])) as Record<(typeof VENDOR_COLUMNS)[number], z.ZodOptional<typeof nonEmpty>>,
)

const configSchema = z.strictObject({
  units: z.array(unitSchema).min(1, { error: 'at least one unit is required' }),
  routing: z.strictObject({
    autoAssign: z.boolean(),
    commandCentre: unitId,
    vendorFallback: unitId,
    vendors: z.record(z.string(), vendorRowSchema),
    workingGroupBySystem: z.strictObject(Object.fromEntries(SYSTEMS.map((s) => [s, unitId])) as Record<SystemCode, typeof unitId>),
  }),
  deadlines: z.strictObject(Object.fromEntries(PRIORITIES.map((p) => [p, z.string()])) as Record<Priority, z.ZodString>),
  policy: z.strictObject({ reporterMayClose: z.boolean() }),
  calendar: z.strictObject({
    timeZone: nonEmpty,
    alwaysOpen: z.boolean().optional(),
    workingDays: z.array(z.number()).optional(),
    workingHours: z.array(z.string()).optional(),
    unlistedYears: z.enum(['vn-statutory', 'none']).optional(),
    holidays: z.record(z.string(), z.array(z.strictObject({
      date: z.string(), kind: z.enum(HOLIDAY_KINDS), name: nonEmpty, source: z.string().optional(),
    }))).optional(),
  }),
  sla: z.strictObject({
    warningFraction: z.number(),
    triage: z.string(),
    assignment: z.string(),
    acknowledgement: z.string(),
    silence: z.string(),
    noise: z.strictObject({ remindersPerGroupPerDay: z.number() }).optional(),
    vendor: z.strictObject(Object.fromEntries(PRIORITIES.map((p) => [p, z.strictObject({ response: z.string(), fix: z.string() })])) as Record<Priority, z.ZodObject<{ response: z.ZodString; fix: z.ZodString }>>),
  }),
  escalation: z.strictObject({
    chain: z.array(z.strictObject({
      level: z.enum(ESCALATION_LEVELS),
      after: z.string(),
      to: nonEmpty,
      mentionAdmins: z.boolean().optional(),
    })).min(1, { error: 'at least one step is required (the breach alert)' }),
  }),
  schedules: z.strictObject({
    timeZone: nonEmpty,
    lateAfter: z.string(),
    jobs: z.array(z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'job id must be ASCII kebab-case [a-z0-9-]' }),
      cron: nonEmpty,
      enabled: z.boolean(),
      targets: z.array(nonEmpty).min(1, { error: 'at least one target is required' }),
      kind: z.enum(SCHEDULE_KINDS),
      message: z.enum(REMINDER_MESSAGES).optional(),
      workingDaysOnly: z.boolean(),
      catchUp: z.enum(CATCH_UP),
    })),
  }),
})

type RawConfig = z.infer<typeof configSchema>
type KeyPath = readonly (string | number)[]

// ---------------------------------------------------------------------------------------------------------------
// Locating problems
// ---------------------------------------------------------------------------------------------------------------

class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly source: string,
  ) {}

  /** Throws a ConfigError for the key at `path`, or for its nearest existing ancestor when it is missing. */
  fail(path: KeyPath, message: string): never {
    const line = this.lineOf(path)
    throw new ConfigError(`${this.source}${line === null ? '' : `:${line}`} ${formatPath(path)}: ${message}`)
  }

  has(path: KeyPath): boolean {
    return path.length === 0 || this.doc.hasIn(path)
  }

  /** The line of the key (for a map entry) or of the item (for a list entry). */
  private lineOf(path: KeyPath): number | null {
    for (let n = path.length; n >= 0; n--) {
      const prefix = path.slice(0, n)
      if (!this.has(prefix)) continue
      const last = prefix[n - 1]
      const parent = n <= 1 ? this.doc.contents : this.doc.getIn(prefix.slice(0, -1), true)
      const node = typeof last === 'string' ? keyNode(parent, last) : n === 0 ? this.doc.contents : this.doc.getIn(prefix, true)
      const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0]
      if (offset !== undefined) return this.lines.linePos(offset).line
    }
    return null
  }
}

function keyNode(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined
  return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.key
}

function formatPath(path: KeyPath): string {
  if (path.length === 0) return '(root)'
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

function describeIssue(issue: z.core.$ZodIssue, at: Locator): { path: KeyPath; message: string } {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)))
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    return { path: [...path, key], message: `unknown key "${key}"` }
  }
  if (issue.code === 'invalid_type' && !at.has(path)) return { path, message: 'missing required key' }
  return { path, message: issue.message }
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-checks and assembly
// ---------------------------------------------------------------------------------------------------------------

const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/

/** "2h" → 120, "3d" → 4320, "1h30m" → 90; null if malformed or zero. */
export function parseDurationMinutes(text: string): number | null {
  const m = DURATION.exec(text.replace(/\s+/g, ''))
  if (m === null) return null
  const [, d = '0', h = '0', min = '0'] = m
  const total = Number(d) * 1440 + Number(h) * 60 + Number(min)
  return total > 0 ? total : null
}

function buildUnits(raw: RawConfig, at: Locator): Unit[] {
  const units = raw.units.map<Unit>((u) => ({
    id: u.id,
    name: normalizeVi(u.name),
    kind: u.kind,
    provinceId: u.kind === 'province' ? (u.provinceId ?? u.id) : (u.provinceId ?? null),
    parentId: u.parentId ?? null,
    aliases: (u.aliases ?? []).map(normalizeVi),
  }))
  const firstIndex = new Map<string, number>()
  units.forEach((u, i) => {
    if (firstIndex.has(u.id)) at.fail(['units', i, 'id'], `duplicate unit id "${u.id}" (first at units[${firstIndex.get(u.id)}])`)
    firstIndex.set(u.id, i)
  })
  const byId = new Map(units.map((u) => [u.id, u]))
  units.forEach((u, i) => checkUnit(u, i, byId, at))
  return units
}

function checkUnit(u: Unit, i: number, byId: ReadonlyMap<string, Unit>, at: Locator): void {
  if (u.kind === 'province') {
    if (u.provinceId !== u.id) at.fail(['units', i, 'provinceId'], `a province is its own province: expected "${u.id}"`)
    const known = PROVINCE_BY_ID.get(u.id)
    if (known === undefined) at.fail(['units', i, 'id'], `"${u.id}" is not one of the 34 province ids`)
    if (known.name !== u.name) at.fail(['units', i, 'name'], `province "${u.id}" must be named "${known.name}"`)
  }
  if (u.parentId !== null && !byId.has(u.parentId)) at.fail(['units', i, 'parentId'], `unknown unit "${u.parentId}"`)
  if (u.provinceId !== null && byId.get(u.provinceId)?.kind !== 'province') {
    at.fail(['units', i, 'provinceId'], `"${u.provinceId}" is not a province unit`)
  }
  if ((u.kind === 'vendor' || u.kind === 'commune') && u.provinceId === null) {
    at.fail(['units', i], `a ${u.kind} unit needs a provinceId`)
  }
  if (u.kind === 'cc_team' && u.parentId === null) at.fail(['units', i], 'a command-centre team needs a parentId')
}

/** Vendor team "VNPT Nghệ An" in province nghe-an → vendor "VNPT": the name minus the province's name or alias. */
function vendorNameOf(unit: Unit, province: Unit): string | null {
  const suffixes = [province.name, ...province.aliases].sort((a, b) => b.length - a.length)
  const suffix = suffixes.find((s) => unit.name.endsWith(` ${s}`))
  return suffix === undefined ? null : unit.name.slice(0, -suffix.length).trim()
}

function buildVendorTeamIds(units: readonly Unit[], at: Locator): RoutingConfig['vendorTeamIds'] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const teams: Record<string, Record<string, string>> = {}
  units.forEach((u, i) => {
    if (u.kind !== 'vendor' || u.provinceId === null) return
    const province = byId.get(u.provinceId) as Unit
    const vendor = vendorNameOf(u, province)
    if (vendor === null || vendor === '') {
      at.fail(['units', i, 'name'], `a vendor team is named "<vendor> <province>", e.g. "VNPT ${province.name}"`)
    }
    const perProvince = (teams[vendor] ??= {})
    const existing = perProvince[province.id]
    if (existing !== undefined) at.fail(['units', i, 'name'], `second "${vendor}" team in ${province.name} (first: ${existing})`)
    perProvince[province.id] = u.id
  })
  return teams
}

function requireUnit(byId: ReadonlyMap<string, Unit>, path: KeyPath, id: string, kind: Unit['kind'] | null, at: Locator): void {
  const unit = byId.get(id)
  if (unit === undefined) at.fail(path, `unknown unit "${id}"`)
  if (kind !== null && unit.kind !== kind) at.fail(path, `"${id}" is a ${unit.kind}, expected a ${kind}`)
}

function buildVendorCells(
  raw: RawConfig['routing']['vendors'],
  units: readonly Unit[],
  teams: RoutingConfig['vendorTeamIds'],
  at: Locator,
): RoutingConfig['vendors'] {
  const provinces = units.filter((u) => u.kind === 'province')
  const vendors: RoutingConfig['vendors'] = {}
  for (const [key, row] of Object.entries(raw)) {
    const path = ['routing', 'vendors', key]
    const wanted = normalizeVi(key)
    const province = provinces.find((p) => p.id === wanted || p.name === wanted)
    if (province === undefined) at.fail(path, `unknown province "${key}" (use a canonical name or a province id)`)
    if (vendors[province.id] !== undefined) at.fail(path, `${province.name} is listed twice`)
    const cells: Partial<Record<SystemCode, VendorCell>> = {}
    for (const column of VENDOR_COLUMNS) {
      const value = row[column]
      if (value === undefined) continue
      if (value === SELF) {
        cells[column] = SELF
        continue
      }
      const vendor = normalizeVi(value)
      const team = teams[vendor]
      if (team === undefined) at.fail([...path, column], `unknown vendor "${value}"`)
      if (team[province.id] === undefined) {
        at.fail([...path, column], `no "${vendor}" team in ${province.name} (add a vendor unit "${vendor} ${province.name}")`)
      }
      cells[column] = { vendor }
    }
    vendors[province.id] = cells
  }
  return vendors
}

function buildRouting(raw: RawConfig['routing'], units: readonly Unit[], at: Locator): RoutingConfig {
  const byId = new Map(units.map((u) => [u.id, u]))
  requireUnit(byId, ['routing', 'commandCentre'], raw.commandCentre, 'command_centre', at)
  requireUnit(byId, ['routing', 'vendorFallback'], raw.vendorFallback, null, at)
  for (const system of SYSTEMS) {
    requireUnit(byId, ['routing', 'workingGroupBySystem', system], raw.workingGroupBySystem[system], 'working_group', at)
  }
  const vendorTeamIds = buildVendorTeamIds(units, at)
  return {
    autoAssign: raw.autoAssign,
    commandCentreUnitId: raw.commandCentre,
    vendorFallbackUnitId: raw.vendorFallback,
    vendors: buildVendorCells(raw.vendors, units, vendorTeamIds, at),
    vendorTeamIds,
    workingGroupBySystem: { ...raw.workingGroupBySystem },
  }
}

function buildDeadlines(raw: RawConfig['deadlines'], at: Locator): Record<Priority, number> {
  const entries = PRIORITIES.map((p) => {
    const minutes = parseDurationMinutes(raw[p])
    if (minutes === null) at.fail(['deadlines', p], `bad duration "${raw[p]}" (use e.g. "2h", "24h", "3d", "1h30m")`)
    return [p, minutes] as const
  })
  return Object.fromEntries(entries) as Record<Priority, number>
}

// ---------------------------------------------------------------------------------------------------------------
// The clock: calendar, SLA budgets, escalation chain
// ---------------------------------------------------------------------------------------------------------------

const CLOCKED = /^(\S+?)(?:\s+(working|wall))?$/
const BY_AGREEMENT = 'agreement'

/** "2h" → 2 h of wall-clock time; "2h working" → 2 working hours; "0m" only where `zero` is allowed. */
export function parseClockDuration(text: string, zero = false): Duration | null {
  const m = CLOCKED.exec(text.trim())
  if (m === null) return null
  const minutes = zero && /^0[dhm]?$/.test(m[1]) ? 0 : parseDurationMinutes(m[1])
  return minutes === null ? null : { minutes, clock: m[2] === 'working' ? 'working' : 'wall' }
}

const DURATION_HINT = 'use e.g. "15m", "24h", "2h working" (working time on the calendar)'

function clockDuration(text: string, path: KeyPath, at: Locator, zero = false): Duration {
  const d = parseClockDuration(text, zero)
  if (d === null) at.fail(path, `bad duration "${text}" (${DURATION_HINT})`)
  return d
}

const WINDOW = /^\s*(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})\s*$/

function buildCalendar(raw: RawConfig['calendar'], at: Locator): BusinessCalendar {
  const workingHours = raw.workingHours?.map((w, i) => {
    const m = WINDOW.exec(w)
    if (m === null) at.fail(['calendar', 'workingHours', i], `"${w}" is not a window "HH:MM-HH:MM"`)
    return [m[1], m[2]] as const
  })
  const config: BusinessCalendarConfig = {
    timeZone: raw.timeZone,
    alwaysOpen: raw.alwaysOpen,
    workingDays: raw.workingDays,
    workingHours,
    unlistedYears: raw.unlistedYears,
    holidays: mergeHolidayData(VN_HOLIDAYS, raw.holidays),
  }
  const problem = calendarConfigProblems(config)[0]
  if (problem !== undefined) at.fail(calendarProblemPath(problem), problem.replace(/^(holidays \d{4}|\w+):\s*/, ''))
  return new BusinessCalendar(config)
}

/** calendarConfigProblems names its key first ("workingDays: …", "holidays 2028: …"): the line to point at. */
function calendarProblemPath(problem: string): KeyPath {
  const holidayYear = /^holidays (\d{4})/.exec(problem)
  if (holidayYear) return ['calendar', 'holidays', holidayYear[1]]
  const key = /^(\w+)/.exec(problem)?.[1] ?? ''
  return ['calendar', key]
}

function buildSla(raw: RawConfig['sla'], at: Locator): SlaPolicy {
  const d = (key: 'triage' | 'assignment' | 'acknowledgement' | 'silence') => clockDuration(raw[key], ['sla', key], at)
  const vendor = Object.fromEntries(PRIORITIES.map((p) => {
    const v = raw.vendor[p]
    const fix = v.fix.trim() === BY_AGREEMENT ? null : clockDuration(v.fix, ['sla', 'vendor', p, 'fix'], at)
    return [p, { response: clockDuration(v.response, ['sla', 'vendor', p, 'response'], at), fix } satisfies VendorSla]
  })) as Record<Priority, VendorSla>
  const noise = { remindersPerGroupPerDay: raw.noise?.remindersPerGroupPerDay ?? DEFAULT_SLA_POLICY.noise.remindersPerGroupPerDay }
  const policy: SlaPolicy = { warningFraction: raw.warningFraction, triage: d('triage'), assignment: d('assignment'), acknowledgement: d('acknowledgement'), vendor, silence: d('silence'), noise }
  const problem = slaPolicyProblems(policy)[0]
  if (problem !== undefined) at.fail(['sla', ...problem.split(':')[0].split('.')], problem.replace(/^[^:]*:\s*/, ''))
  return policy
}

function buildEscalation(raw: RawConfig['escalation'], units: readonly Unit[], at: Locator): EscalationStep[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const seen = new Set<string>()
  let previous = -1
  return raw.chain.map((s, i) => {
    const path = ['escalation', 'chain', i]
    if (seen.has(s.level)) at.fail([...path, 'level'], `level "${s.level}" is listed twice`)
    seen.add(s.level)
    const after = clockDuration(s.after, [...path, 'after'], at, true)
    // Steps on different clocks cannot be ordered in general; the chain must read in time order on its own.
    if (after.clock === 'wall' && after.minutes < previous) at.fail([...path, 'after'], 'steps must be listed in order of their delay')
    previous = after.clock === 'wall' ? after.minutes : previous
    const to = s.to === 'assignee' || s.to === 'command_centre' ? s.to : { unitId: s.to }
    if (typeof to === 'object' && !byId.has(to.unitId)) at.fail([...path, 'to'], `"${s.to}" is neither assignee, command_centre nor a unit id`)
    return { level: s.level, after, to, mentionAdmins: s.mentionAdmins ?? false }
  })
}

function buildClock(raw: RawConfig, units: readonly Unit[], at: Locator): ClockSettings {
  return { calendar: buildCalendar(raw.calendar, at), sla: buildSla(raw.sla, at), escalation: buildEscalation(raw.escalation, units, at) }
}

// ---------------------------------------------------------------------------------------------------------------
// The daily rhythm: scheduled reminders and reports
// ---------------------------------------------------------------------------------------------------------------

function buildSchedules(raw: RawConfig['schedules'], units: readonly Unit[], at: Locator): ScheduleSettings {
  const offsetMinutes = fixedOffsetMinutes(raw.timeZone)
  if (offsetMinutes === null) at.fail(['schedules', 'timeZone'], `"${raw.timeZone}": only zones without daylight saving are supported (e.g. Asia/Ho_Chi_Minh, UTC, +07:00)`)
  const lateAfter = parseDurationMinutes(raw.lateAfter)
  if (lateAfter === null) at.fail(['schedules', 'lateAfter'], `bad duration "${raw.lateAfter}" (use e.g. "15m", "1h")`)
  const byId = new Map(units.map((u) => [u.id, u]))
  const seen = new Set<string>()
  const jobs = raw.jobs.map<ScheduleJob>((j, i) => {
    const path = ['schedules', 'jobs', i]
    if (seen.has(j.id)) at.fail([...path, 'id'], `job id "${j.id}" is listed twice`)
    seen.add(j.id)
    let cron
    try {
      cron = parseCron(j.cron)
    } catch (e) {
      if (e instanceof CronSyntaxError) at.fail([...path, 'cron'], e.message)
      throw e
    }
    if (j.kind === 'reminder' && j.message === undefined) at.fail([...path, 'kind'], 'a reminder needs a message')
    if (j.kind !== 'reminder' && j.message !== undefined) at.fail([...path, 'message'], `a ${j.kind} has no message`)
    const targets = j.targets.map<ScheduleTarget>((t, k) => {
      if (t === 'command_centre' || t === 'all_registered') return t
      if (!byId.has(t)) at.fail([...path, 'targets', k], `"${t}" is neither command_centre, all_registered nor a unit id`)
      return { unitId: t }
    })
    return { id: j.id, cron, enabled: j.enabled, targets, kind: j.kind, message: j.message ?? null, workingDaysOnly: j.workingDaysOnly, catchUp: j.catchUp }
  })
  return { timeZone: raw.timeZone, offsetMinutes, lateAfterMinutes: lateAfter, jobs }
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------------------

/** Parses and validates the YAML text of a reference config; `sourceName` only appears in error messages. */
export function parseReferenceConfig(text: string, sourceName: string): ReferenceConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true })
  const syntax = doc.errors[0]
  if (syntax !== undefined) {
    const line = syntax.linePos?.[0].line
    const message = (syntax.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(`${sourceName}${line === undefined ? '' : `:${line}`} ${message}`)
  }
  const at: Locator = new Locator(doc, lines, sourceName)
  const parsed = configSchema.safeParse(doc.toJS())
  if (!parsed.success) {
    const issue = describeIssue(parsed.error.issues[0] as z.core.$ZodIssue, at)
    at.fail(issue.path, issue.message)
  }
  const raw = parsed.data
  const units = buildUnits(raw, at)
  return {
    units,
    routing: buildRouting(raw.routing, units, at),
    deadlineMinutes: buildDeadlines(raw.deadlines, at),
    policy: { reporterMayClose: raw.policy.reporterMayClose },
    clock: buildClock(raw, units, at),
    schedules: buildSchedules(raw.schedules, units, at),
  }
}

/** Reads and parses a config file; errors name the path relative to the working directory when it lies inside. */
export function loadReferenceConfig(path: string): ReferenceConfig {
  const shown = isAbsolute(path) && !relative(process.cwd(), path).startsWith('..') ? relative(process.cwd(), path) : path
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new ConfigError(`${shown}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`)
  }
  return parseReferenceConfig(text, shown)
}
