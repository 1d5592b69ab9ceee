import type { QuickReport } from '../../services/schedules/report.ts'
import type { ReminderMessage } from '../../services/schedules/types.ts'
import type { UnitLookup } from '../../services/units/types.ts'
import { vi } from '../messages/vi.ts'
import { escapeHtml, truncate } from './html.ts'
import { formatVnTime } from './time.ts'

const late = (d: Record<string, unknown>): string => (d.late === true ? vi.schedule.late : '')

/** A scheduled reminder: "⏰ 07:30 — …", marked when it is late (reminders are normally dropped instead). */
export function renderScheduleReminder(d: Record<string, unknown>): string {
  const time = formatVnTime(new Date(String(d.slot))).slice(0, 5)
  return vi.schedule.reminder(time, vi.schedule.reminders[d.message as ReminderMessage] ?? '') + late(d)
}

/** "95 %", "94,7 %": Vietnamese decimal comma, one decimal when needed. */
export function formatPercent(share: number): string {
  const p = Math.round(share * 1000) / 10
  return `${Number.isInteger(p) ? p : p.toFixed(1).replace('.', ',')} %`
}

/** The quick report (daily or weekly), figure by figure. */
export function renderScheduleReport(d: Record<string, unknown>, units: UnitLookup): string {
  const r = d.report as QuickReport
  const t = vi.schedule.report
  const province = (id: string | null) => (id === null ? t.noProvince : escapeHtml(units.get(id)?.name ?? id))
  const lines = [
    t.heading(t.title[String(d.period)] ?? t.title.daily, formatVnTime(new Date(r.from)), formatVnTime(new Date(r.to))) + late(d),
    t.created(r.created), t.acknowledged(r.acknowledged), t.resolved(r.resolved), t.open(r.open), t.overdue(r.overdue),
    r.routed.share === null
      ? t.routedNone(formatPercent(r.routed.target))
      : t.routed(formatPercent(r.routed.share), r.routed.withinTarget, r.routed.cohort, formatPercent(r.routed.target), r.routed.share >= r.routed.target),
    '',
    t.serious(r.seriousTotal),
    ...(r.serious.length === 0 ? [t.none] : r.serious.map((s) =>
      t.seriousItem(s.number, vi.priority[s.priority], province(s.provinceId), vi.status[s.status], escapeHtml(truncate(s.description, 80))))),
    ...(r.seriousTotal > r.serious.length ? [t.seriousMore(r.seriousTotal - r.serious.length)] : []),
    '',
    t.hotSpots,
    ...(r.hotSpots.length === 0 ? [t.none] : r.hotSpots.map((h, i) => t.hotSpot(i + 1, province(h.provinceId), h.open, h.overdue))),
  ]
  return lines.join('\n')
}
