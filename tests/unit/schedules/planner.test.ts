import { describe, expect, it } from 'vitest'
import { BusinessCalendar } from '../../../services/calendar/business-calendar.ts'
import { parseCron } from '../../../services/schedules/cron.ts'
import { planSchedules } from '../../../services/schedules/planner.ts'
import type { ScheduleJob, ScheduleSettings } from '../../../services/schedules/types.ts'
import { shippedConfig } from '../../helpers/fixtures.ts'

const at = (local: string): Date => new Date(`${local}+07:00`)
const calendar = BusinessCalendar.vietnam()

function job(id: string, cron: string, over: Partial<ScheduleJob> = {}): ScheduleJob {
  return { id, cron: parseCron(cron), enabled: true, targets: ['command_centre'], kind: 'reminder', message: 'briefing', workingDaysOnly: false, catchUp: 'drop', ...over }
}
const settings = (...jobs: ScheduleJob[]): ScheduleSettings => ({ timeZone: 'Asia/Ho_Chi_Minh', offsetMinutes: 420, lateAfterMinutes: 15, jobs })
const REPORT = job('daily-report', '0 9 * * *', { kind: 'daily_report', message: null, catchUp: 'send_late' })
const BRIEFING = job('briefing', '0 8 * * *', { workingDaysOnly: true })
const plan = (s: ScheduleSettings, last: Record<string, string>, now: string) =>
  planSchedules(s, new Map(Object.entries(last).map(([k, v]) => [k, at(v)])), at(now), calendar).map((p) => ({ id: p.job.id, slot: p.slot, status: p.status }))

describe('the schedule planner', () => {
  it('posts a slot in its minute and within the grace after it, then not again', () => {
    const s = settings(REPORT)
    expect(plan(s, { 'daily-report': '2026-11-24T09:00:00' }, '2026-11-25T08:59:59')).toEqual([])
    expect(plan(s, { 'daily-report': '2026-11-24T09:00:00' }, '2026-11-25T09:00:00')).toEqual([{ id: 'daily-report', slot: at('2026-11-25T09:00:00'), status: 'sent' }])
    expect(plan(s, { 'daily-report': '2026-11-24T09:00:00' }, '2026-11-25T09:15:00')).toEqual([{ id: 'daily-report', slot: at('2026-11-25T09:00:00'), status: 'sent' }])
    expect(plan(s, { 'daily-report': '2026-11-25T09:00:00' }, '2026-11-25T09:01:00')).toEqual([])
  })

  it('after downtime: the latest missed report once, late; older missed slots are overtaken', () => {
    // Down from Monday evening to Thursday 11:00: Tuesday's, Wednesday's and Thursday's reports were missed.
    expect(plan(settings(REPORT), { 'daily-report': '2026-11-23T09:00:00' }, '2026-11-26T11:00:00'))
      .toEqual([{ id: 'daily-report', slot: at('2026-11-26T09:00:00'), status: 'sent_late' }])
    expect(plan(settings(REPORT), { 'daily-report': '2026-11-23T09:00:00' }, '2026-11-25T09:15:01'))
      .toEqual([{ id: 'daily-report', slot: at('2026-11-25T09:00:00'), status: 'sent_late' }])
  })

  it('a reminder whose moment has passed (more than 15 minutes late) is recorded as skipped, not sent', () => {
    expect(plan(settings(BRIEFING), { briefing: '2026-11-24T08:00:00' }, '2026-11-25T08:16:00'))
      .toEqual([{ id: 'briefing', slot: at('2026-11-25T08:00:00'), status: 'skipped' }])
    expect(plan(settings(BRIEFING), { briefing: '2026-11-24T08:00:00' }, '2026-11-25T08:15:00'))
      .toEqual([{ id: 'briefing', slot: at('2026-11-25T08:00:00'), status: 'sent' }])
  })

  it('workingDaysOnly skips weekends and public holidays; the other jobs run every day', () => {
    const s = settings(BRIEFING, REPORT)
    // Saturday 28/11/2026.
    expect(plan(s, { briefing: '2026-11-27T08:00:00', 'daily-report': '2026-11-27T09:00:00' }, '2026-11-28T08:00:00')).toEqual([])
    expect(plan(s, { briefing: '2026-11-27T08:00:00', 'daily-report': '2026-11-27T09:00:00' }, '2026-11-28T09:00:00'))
      .toEqual([{ id: 'daily-report', slot: at('2026-11-28T09:00:00'), status: 'sent' }])
    // Monday 30/11/2026 is a working day again.
    expect(plan(s, { briefing: '2026-11-27T08:00:00', 'daily-report': '2026-11-29T09:00:00' }, '2026-11-30T08:00:00'))
      .toEqual([{ id: 'briefing', slot: at('2026-11-30T08:00:00'), status: 'sent' }])
    // Quốc khánh, Wednesday 02/09/2026.
    expect(calendar.isWorkingDay('2026-09-02')).toBe(false)
    expect(plan(s, { briefing: '2026-09-01T08:00:00', 'daily-report': '2026-09-02T09:00:00' }, '2026-09-02T08:00:00')).toEqual([])
    // Missed Friday's briefing, back on Saturday: the last working slot is long past — skipped, not sent.
    expect(plan(settings(BRIEFING), { briefing: '2026-11-26T08:00:00' }, '2026-11-28T10:00:00'))
      .toEqual([{ id: 'briefing', slot: at('2026-11-27T08:00:00'), status: 'skipped' }])
  })

  it('a job never run does not catch up: it starts with its next slot', () => {
    expect(plan(settings(REPORT), {}, '2026-11-25T11:00:00')).toEqual([])
    expect(plan(settings(REPORT), {}, '2026-11-25T09:05:00')).toEqual([{ id: 'daily-report', slot: at('2026-11-25T09:00:00'), status: 'sent' }])
  })

  it('a disabled job plans nothing', () => {
    expect(plan(settings({ ...REPORT, enabled: false }), { 'daily-report': '2026-11-24T09:00:00' }, '2026-11-25T09:00:00')).toEqual([])
  })

  it("the shipped configuration: the handbook's day", () => {
    const shipped = shippedConfig().schedules
    expect(shipped.jobs.map((j) => [j.id, j.cron.text, j.kind, j.message])).toEqual([
      ['system-check', '30 7 * * *', 'reminder', 'system_check'],
      ['briefing', '0 8 * * *', 'reminder', 'briefing'],
      ['data-cutoff', '30 8 * * *', 'reminder', 'data_cutoff'],
      ['daily-report', '0 9 * * *', 'daily_report', null],
      ['weekly-update', '0 16 * * 4', 'reminder', 'weekly_update'],
      ['online-meeting', '0 17 * * *', 'reminder', 'online_meeting'],
      ['weekly-cutoff', '0 14 * * 5', 'reminder', 'weekly_cutoff'],
      ['weekly-report', '0 16 * * 5', 'weekly_report', null],
      ['weekly-roster', '0 15 * * 5', 'roster', null],
      ['group-digest', '45 7 * * *', 'digest', null],
    ])
    // Friday 27/11/2026, every minute from midnight: each job's slot comes once, at its minute.
    const last = new Map(shipped.jobs.map((j) => [j.id, at('2026-11-26T23:59:00')]))
    const posted: string[] = []
    for (let m = 0; m < 24 * 60; m++) {
      const now = new Date(at('2026-11-27T00:00:00').getTime() + m * 60_000)
      for (const p of planSchedules(shipped, last, now, calendar)) {
        posted.push(`${p.job.id} ${now.toISOString().slice(11, 16)}Z ${p.status}`)
        last.set(p.job.id, p.slot)
      }
    }
    expect(posted).toEqual([
      'system-check 00:30Z sent', 'group-digest 00:45Z sent', 'briefing 01:00Z sent', 'data-cutoff 01:30Z sent', 'daily-report 02:00Z sent',
      'weekly-cutoff 07:00Z sent', 'weekly-roster 08:00Z sent', 'weekly-report 09:00Z sent', 'online-meeting 10:00Z sent',
    ])
  })
})
