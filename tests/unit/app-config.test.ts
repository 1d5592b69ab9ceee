import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_CONFIG_PATH, loadReferenceConfig, parseDurationMinutes, parseReferenceConfig } from '../../bot/app-config.ts'
import { DEFAULT_SLA_POLICY } from '../../services/sla/policy.ts'
import { SYSTEMS } from '../../services/tickets/types.ts'
import { PROVINCES } from '../../services/units/provinces.ts'

const SOURCE = 'config/trucban.yaml'
const shipped = readFileSync(DEFAULT_CONFIG_PATH, 'utf8')

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`fixture: "${needle}" not found`)
  return text.slice(0, at).split('\n').length
}

function edited(from: string, to: string): string {
  if (!shipped.includes(from)) throw new Error(`fixture: "${from}" not in the shipped config`)
  return shipped.replace(from, to)
}

function errorOf(text: string): string {
  try {
    parseReferenceConfig(text, SOURCE)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('the shipped config/trucban.yaml', () => {
  const cfg = loadReferenceConfig(DEFAULT_CONFIG_PATH)
  const byId = new Map(cfg.units.map((u) => [u.id, u]))

  it('has the command centre, its five teams and the six working groups', () => {
    expect(byId.get('ttch')).toMatchObject({ name: 'Trung tâm chỉ huy', kind: 'command_centre' })
    const teams = cfg.units.filter((u) => u.kind === 'cc_team')
    expect(teams).toHaveLength(5)
    expect(teams.every((t) => t.parentId === 'ttch')).toBe(true)
    expect(byId.get('ttch-dn')?.name).toBe('Nhóm điều phối doanh nghiệp và hỗ trợ kỹ thuật')
    expect(cfg.units.filter((u) => u.kind === 'working_group').map((u) => u.id)).toEqual(['nct-1', 'nct-2', 'nct-3', 'nct-4', 'nct-5', 'nct-6'])
  })

  it('has the 34 provinces with their canonical names, each its own province, old names as aliases', () => {
    const provinces = cfg.units.filter((u) => u.kind === 'province')
    expect(provinces.map((p) => p.name).sort()).toEqual(PROVINCES.map((p) => p.name).sort())
    for (const p of provinces) expect(p.provinceId).toBe(p.id)
    for (const known of PROVINCES) {
      const unit = byId.get(known.id)
      for (const old of known.formerNames) expect(unit?.aliases, `${known.name} ← ${old}`).toContain(old)
    }
    expect(byId.get('tp-ho-chi-minh')?.aliases).toEqual(expect.arrayContaining(['TP HCM', 'HCM', 'Sài Gòn', 'SG']))
  })

  it('keeps every unit id short ASCII kebab-case and unique', () => {
    const ids = cfg.units.map((u) => u.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,24}$/)
  })

  it('builds vendor → province → team from the vendor units', () => {
    expect(cfg.routing.vendorTeamIds['VNPT']?.['nghe-an']).toBe('vnpt-nghe-an')
    expect(cfg.routing.vendorTeamIds['Tân Dân']?.['thanh-hoa']).toBe('tan-dan-thanh-hoa')
    expect(cfg.routing.vendorTeamIds['B&T']?.['bac-ninh']).toBe('bt-bac-ninh')
    expect(Object.keys(cfg.routing.vendorTeamIds['VNPT'] ?? {})).toHaveLength(34)
  })

  it('keys the vendor table by province id and keeps blank cells out', () => {
    expect(Object.keys(cfg.routing.vendors)).toHaveLength(34)
    expect(cfg.routing.vendors['nghe-an']).toEqual({ tthc: { vendor: 'VNPT' } })
    expect(cfg.routing.vendors['bac-ninh']?.tthc).toBe('self')
  })

  it('maps every system to a working group, with the handbook defaults for the rest', () => {
    expect(Object.keys(cfg.routing.workingGroupBySystem).sort()).toEqual([...SYSTEMS].sort())
    expect(cfg.routing).toMatchObject({ autoAssign: true, commandCentreUnitId: 'ttch', vendorFallbackUnitId: 'ttch-dn' })
    expect(cfg.deadlineMinutes).toEqual({ urgent: 120, high: 240, normal: 1440, low: 4320 })
    expect(cfg.policy).toEqual({ reporterMayClose: false })
  })
})

describe('a bad config names the file, the line and the key', () => {
  it('rejects an unknown key', () => {
    const text = edited('  autoAssign: true\n', '  autoAssign: true\n  autoAsign: false\n')
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, 'autoAsign:')} routing.autoAsign: unknown key "autoAsign"`)
  })

  it('rejects an unknown key inside a unit', () => {
    const text = edited('  - { id: ha-noi, name: Hà Nội,', '  - { id: ha-noi, colour: red, name: Hà Nội,')
    expect(errorOf(text)).toMatch(new RegExp(`^${SOURCE}:${lineOf(text, 'colour: red')} units\\[\\d+\\]\\.colour: unknown key "colour"$`))
  })

  it('rejects a value of the wrong type', () => {
    const text = edited('  reporterMayClose: false', '  reporterMayClose: "no"')
    expect(errorOf(text)).toMatch(new RegExp(`^${SOURCE}:${lineOf(text, 'reporterMayClose: "no"')} policy\\.reporterMayClose: .*boolean`))
  })

  it('rejects an unknown unit kind', () => {
    const text = edited('  - { id: bo-y-te, name: Bộ Y tế, kind: ministry', '  - { id: bo-y-te, name: Bộ Y tế, kind: department')
    expect(errorOf(text)).toMatch(new RegExp(`^${SOURCE}:${lineOf(text, 'kind: department')} units\\[\\d+\\]\\.kind: `))
  })

  it('rejects a missing key', () => {
    const text = edited('    khac: nct-1 ', '    # khac removed ')
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, '  workingGroupBySystem:')} routing.workingGroupBySystem.khac: missing required key`)
  })

  it('rejects an unknown vendor', () => {
    const text = edited('    Nghệ An: { tthc: VNPT }', '    Nghệ An: { tthc: VNTP }')
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, 'tthc: VNTP')} routing.vendors.Nghệ An.tthc: unknown vendor "VNTP"`)
  })

  it('rejects a vendor with no team in that province', () => {
    const text = edited('    Nghệ An: { tthc: VNPT }', '    Nghệ An: { tthc: Viettel }')
    expect(errorOf(text)).toBe(
      `${SOURCE}:${lineOf(text, 'tthc: Viettel }')} routing.vendors.Nghệ An.tthc: no "Viettel" team in Nghệ An (add a vendor unit "Viettel Nghệ An")`,
    )
  })

  it('rejects an unknown province key', () => {
    const text = edited('    Nghệ An: { tthc: VNPT }', '    Nghe Ann: { tthc: VNPT }')
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, 'Nghe Ann:')} routing.vendors.Nghe Ann: unknown province "Nghe Ann" (use a canonical name or a province id)`)
  })

  it('accepts a province id as a vendor-table key', () => {
    const cfg = parseReferenceConfig(edited('    Nghệ An: { tthc: VNPT }', '    nghe-an: { tthc: VNPT }'), SOURCE)
    expect(cfg.routing.vendors['nghe-an']).toEqual({ tthc: { vendor: 'VNPT' } })
  })

  it('rejects a duplicate unit id', () => {
    const text = edited('  - { id: vnpt-hue, name: VNPT Huế,', '  - { id: vnpt-ha-noi, name: VNPT Huế,')
    const line = text.split('\n').findIndex((l) => l.includes('id: vnpt-ha-noi, name: VNPT Huế')) + 1
    expect(errorOf(text)).toMatch(new RegExp(`^${SOURCE}:${line} units\\[\\d+\\]\\.id: duplicate unit id "vnpt-ha-noi" \\(first at units\\[\\d+\\]\\)$`))
  })

  it('rejects a unit id that is too long or not kebab-case', () => {
    const long = edited('id: sdt-da-nang,', 'id: song-da-10-thanh-pho-da-nang,')
    expect(errorOf(long)).toMatch(new RegExp(`^${SOURCE}:${lineOf(long, 'song-da-10')} units\\[\\d+\\]\\.id: unit id must be at most 24 characters$`))
    const upper = edited('id: sdt-da-nang,', 'id: SDT_da_nang,')
    expect(errorOf(upper)).toContain('unit id must be ASCII kebab-case')
  })

  it('rejects a reference to a unit that does not exist', () => {
    const text = edited('  vendorFallback: ttch-dn', '  vendorFallback: ttch-kt')
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, 'vendorFallback: ttch-kt')} routing.vendorFallback: unknown unit "ttch-kt"`)
  })

  it('rejects a working group that is not a working group', () => {
    const text = edited('    khac: nct-1 ', '    khac: ttch-ph ')
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, 'khac: ttch-ph')} routing.workingGroupBySystem.khac: "ttch-ph" is a cc_team, expected a working_group`)
  })

  it('rejects a province not named as in the corpus', () => {
    const text = edited('name: Thanh Hóa, kind: province', 'name: Thanh Hoa, kind: province')
    expect(errorOf(text)).toMatch(new RegExp(`^${SOURCE}:${lineOf(text, 'name: Thanh Hoa,')} units\\[\\d+\\]\\.name: province "thanh-hoa" must be named "Thanh Hóa"$`))
  })

  it('rejects a bad duration', () => {
    const text = edited('  urgent: 2h ', '  urgent: 2 hours ')
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, 'urgent: 2 hours')} deadlines.urgent: bad duration "2 hours" (use e.g. "2h", "24h", "3d", "1h30m")`)
  })

  it('reports YAML syntax errors with their line', () => {
    const text = edited('  autoAssign: true\n', '  autoAssign: true\n  autoAssign: false\n')
    expect(errorOf(text)).toMatch(new RegExp(`^${SOURCE}:${lineOf(text, 'autoAssign: false')} Map keys must be unique`))
  })

  it('names an unreadable file', () => {
    expect(() => loadReferenceConfig('/nonexistent/trucban.yaml')).toThrow(/^\/nonexistent\/trucban\.yaml: cannot read the file \(ENOENT\)$/)
  })
})

describe('the clock: calendar, SLA policy, escalation chain', () => {
  const cfg = loadReferenceConfig(DEFAULT_CONFIG_PATH)

  it('ships the handbook defaults', () => {
    expect(cfg.clock.sla).toEqual(DEFAULT_SLA_POLICY)
    const cal = cfg.clock.calendar
    expect(cal.timeZone).toBe('Asia/Ho_Chi_Minh')
    expect(cal.isAlwaysOpen).toBe(false)
    expect(cal.workingHours).toEqual([['07:30', '11:30'], ['13:30', '17:00']])
    expect(cal.isWorkingDay('2026-02-17')).toBe(false) // mùng 1 Tết, from the shipped holiday data
    expect(cal.isWorkingDay('2026-01-10')).toBe(true) // a make-up Saturday
    expect(cfg.clock.escalation).toEqual([
      { level: 'on_duty', after: { minutes: 0, clock: 'wall' }, to: 'assignee', mentionAdmins: false },
      { level: 'unit_leaders', after: { minutes: 30, clock: 'wall' }, to: 'assignee', mentionAdmins: true },
      { level: 'centre_head', after: { minutes: 120, clock: 'wall' }, to: 'command_centre', mentionAdmins: true },
      { level: 'leadership', after: { minutes: 240, clock: 'wall' }, to: 'command_centre', mentionAdmins: true },
    ])
  })

  it('reads a 24/7 calendar, a shortened policy, a holiday override and a unit as a target', () => {
    const text = edited('  alwaysOpen: false', '  alwaysOpen: true')
      .replace('  acknowledgement: 2h working', '  acknowledgement: 1m working')
      .replace('  holidays: {}', "  holidays:\n    '2026':\n      - { date: 2026-03-02, kind: holiday, name: Ngày thử }")
      .replace('    - { level: leadership, after: 4h, to: command_centre, mentionAdmins: true }', '    - { level: leadership, after: 4h working, to: nct-1 }')
    const c = parseReferenceConfig(text, SOURCE).clock
    expect(c.calendar.isAlwaysOpen).toBe(true)
    expect(c.sla.acknowledgement).toEqual({ minutes: 1, clock: 'working' })
    expect(c.escalation[3]).toEqual({ level: 'leadership', after: { minutes: 240, clock: 'working' }, to: { unitId: 'nct-1' }, mentionAdmins: false })
    const withHoliday = parseReferenceConfig(edited('  holidays: {}', "  holidays:\n    '2026':\n      - { date: 2026-03-02, kind: holiday, name: Ngày thử }"), SOURCE).clock.calendar
    expect(withHoliday.isWorkingDay('2026-03-02')).toBe(false)
    // A year given replaces that year's shipped list: Tết 2026 is no longer off.
    expect(withHoliday.isWorkingDay('2026-02-17')).toBe(true)
    expect(withHoliday.isWorkingDay('2027-02-08')).toBe(false)
  })

  it.each([
    ['  timeZone: Asia/Ho_Chi_Minh', '  timeZone: Europe/Paris', 'timeZone: Europe/Paris', 'calendar.timeZone: timeZone "Europe/Paris": only zones without daylight saving are supported (e.g. Asia/Ho_Chi_Minh, UTC, +07:00)'],
    ['  workingDays: [1, 2, 3, 4, 5]', '  workingDays: [1, 2, 8]', 'workingDays: [1, 2, 8]', 'calendar.workingDays: 8 is not an ISO weekday (1 = Monday … 7 = Sunday)'],
    ["  workingHours: ['07:30-11:30', '13:30-17:00']", "  workingHours: ['07:30-11:30', '13:30-12:00']", 'workingHours:', 'calendar.workingHours: 13:30–12:00 ends before it starts'],
    ["  workingHours: ['07:30-11:30', '13:30-17:00']", "  workingHours: ['07:30-11:30', '13h30-17h']", 'workingHours:', 'calendar.workingHours[1]: "13h30-17h" is not a window "HH:MM-HH:MM"'],
    ['  unlistedYears: vn-statutory', '  unlistedYears: guess', 'unlistedYears: guess', 'calendar.unlistedYears: '],
    ['  warningFraction: 0.8', '  warningFraction: 1.5', 'warningFraction: 1.5', 'sla.warningFraction: must be in (0, 1] (got 1.5)'],
    ['  acknowledgement: 2h working', '  acknowledgement: 2 giờ làm việc', 'acknowledgement: 2 giờ', 'sla.acknowledgement: bad duration "2 giờ làm việc" (use e.g. "15m", "24h", "2h working" (working time on the calendar))'],
    ['    low: { response: 4h working, fix: agreement }', '    low: { response: 4h working, fix: never }', 'fix: never', 'sla.vendor.low.fix: bad duration "never"'],
    ['    - { level: unit_leaders, after: 30m, to: assignee, mentionAdmins: true }', '    - { level: unit_leaders, after: 30m, to: nobody, mentionAdmins: true }', 'to: nobody', 'escalation.chain[1].to: "nobody" is neither assignee, command_centre nor a unit id'],
    ['    - { level: leadership, after: 4h, to: command_centre, mentionAdmins: true }', '    - { level: leadership, after: 1h, to: command_centre, mentionAdmins: true }', 'level: leadership, after: 1h', 'escalation.chain[3].after: steps must be listed in order of their delay'],
    ['    - { level: leadership, after: 4h, to: command_centre, mentionAdmins: true }', '    - { level: on_duty, after: 4h, to: command_centre, mentionAdmins: true }', 'level: on_duty, after: 4h', 'escalation.chain[3].level: level "on_duty" is listed twice'],
    ['    - { level: leadership, after: 4h, to: command_centre, mentionAdmins: true }', '    - { level: minister, after: 4h, to: command_centre, mentionAdmins: true }', 'level: minister', 'escalation.chain[3].level: '],
  ])('a bad value stops the bot naming the line and the key: %s → %s', (from, to, needle, message) => {
    const text = edited(from, to)
    expect(errorOf(text)).toContain(`${SOURCE}:${lineOf(text, needle)} ${message}`)
  })

  it('a bad holiday entry names its year', () => {
    const text = edited('  holidays: {}', "  holidays:\n    '2028':\n      - { date: 2028-02-30, kind: holiday, name: Sai }")
    expect(errorOf(text)).toBe(`${SOURCE}:${lineOf(text, "'2028':")} calendar.holidays.2028: "2028-02-30" is not a date (YYYY-MM-DD)`)
  })

  it('a missing section is named', () => {
    expect(errorOf(edited('escalation:\n  chain:', 'escalatio:\n  chain:'))).toMatch(/ escalation: missing required key$/)
  })
})

describe('parseDurationMinutes', () => {
  it.each([
    ['2h', 120],
    ['24h', 1440],
    ['3d', 4320],
    ['45m', 45],
    ['1h30m', 90],
    ['1d12h', 2160],
  ])('%s → %i minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes)
  })

  it.each(['', '0h', 'h', '2 hours', '1.5h', '-2h', '2w'])('rejects %j', (text) => {
    expect(parseDurationMinutes(text)).toBeNull()
  })
})

describe('the schedules section', () => {
  const REPORT = "    - { id: daily-report, cron: '0 9 * * *', enabled: true, targets: [command_centre], kind: daily_report, workingDaysOnly: false, catchUp: send_late }"
  it.each([
    [REPORT.replace("'0 9 * * *'", "'0 25 * * *'"), 'schedules.jobs[3].cron: hour: "25" is not in 0–23'],
    [REPORT.replace("'0 9 * * *'", "'0 9 * *'"), 'schedules.jobs[3].cron: "0 9 * *" must have 5 fields: minute hour day-of-month month day-of-week'],
    [REPORT.replace('[command_centre]', '[command_centre, vnpt-ha-giang]'), 'schedules.jobs[3].targets[1]: "vnpt-ha-giang" is neither command_centre, all_registered nor a unit id'],
    [REPORT.replace('send_late', 'later'), 'schedules.jobs[3].catchUp: Invalid option: expected one of "send_late"|"drop"'],
    [REPORT.replace('kind: daily_report', 'kind: reminder'), 'schedules.jobs[3].kind: a reminder needs a message'],
    [REPORT.replace('id: daily-report', 'id: briefing'), 'schedules.jobs[3].id: job id "briefing" is listed twice'],
  ])('names the line and the problem: %s', (line, message) => {
    expect(errorOf(edited(REPORT, line))).toBe(`${SOURCE}:${lineOf(shipped, REPORT)} ${message}`)
  })

  it('rejects a zone with daylight saving and a bad lateAfter', () => {
    expect(errorOf(edited('  timeZone: Asia/Ho_Chi_Minh\n  lateAfter', '  timeZone: Europe/Paris\n  lateAfter')))
      .toBe(`${SOURCE}:${lineOf(shipped, '  lateAfter: 15m') - 1} schedules.timeZone: "Europe/Paris": only zones without daylight saving are supported (e.g. Asia/Ho_Chi_Minh, UTC, +07:00)`)
    expect(errorOf(edited('  lateAfter: 15m', '  lateAfter: soon'))).toBe(`${SOURCE}:${lineOf(shipped, '  lateAfter: 15m')} schedules.lateAfter: bad duration "soon" (use e.g. "15m", "1h")`)
  })
})
