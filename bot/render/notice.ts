import type { RosterWeek } from '../../services/rosters/types.ts'
import type { TicketSummary } from '../../services/tickets/ticket-service.ts'
import type { UnitLookup } from '../../services/units/types.ts'
import { vi } from '../messages/vi.ts'
import { encodeCallback } from './callback-data.ts'
import { formatMinutes, rows, type RenderedMessage } from './card.ts'
import { escapeHtml, truncate } from './html.ts'
import { formatVnTime } from './time.ts'
import { renderDigest } from './digest.ts'
import { renderHandover, renderRosterImport, renderRosterNow, renderRosterWeek, renderShiftChange, renderShiftRefused } from './roster.ts'
import { renderScheduleReminder, renderScheduleReport } from './schedule.ts'
import { renderStatus } from './understanding.ts'

const plain = (text: string): RenderedMessage => ({ text, keyboard: [] })
const str = (v: unknown): string => escapeHtml(String(v ?? ''))

type NoticeRenderer = (data: Record<string, unknown>, units: UnitLookup) => RenderedMessage

/** Notices the core asks for, by code; unknown codes are a programming error and throw. */
const NOTICES: Record<string, NoticeRenderer> = {
  report_usage: () => plain(vi.notice.report_usage),
  already_reported: () => plain(vi.notice.already_reported),
  ticket_usage: () => plain(vi.notice.ticket_usage),
  ticket_not_found: (d) => plain(vi.notice.ticket_not_found(Number(d.number))),
  deadline_usage: () => plain(vi.notice.deadline_usage),
  deadline_unreadable: () => plain(vi.notice.deadline_unreadable),
  deadline_past: () => plain(vi.notice.deadline_past),
  refused: (d) => plain(vi.refusal[d.reason as keyof typeof vi.refusal] ?? vi.refusal.not_allowed),
  acted: (d) => plain(vi.done[d.action as keyof typeof vi.done]),
  verify_request: (d) => plain(vi.notice.verify_request(Number(d.number))),
  ticket_reopened: (d) => plain(vi.notice.ticket_reopened(Number(d.number), str(d.by))),
  comment_added: (d, units) => {
    const unit = typeof d.unitId === 'string' ? ` (${escapeHtml(units.get(d.unitId)?.name ?? d.unitId)})` : ''
    const files = Number(d.attachments) > 0 ? ` ${vi.eventDetail.attachments(Number(d.attachments))}` : ''
    return plain(vi.notice.comment_added(Number(d.number), `${str(d.by)}${unit}`, escapeHtml(truncate(String(d.text ?? ''), 1500)) + files))
  },
  ticket_list: (d, units) => renderList(String(d.mode), d.items as TicketSummary[], Boolean(d.more), units),
  unregistered_hint: () => plain(vi.notice.unregistered_hint),
  register_usage: () => plain(vi.notice.register_usage),
  register_not_admin: () => plain(vi.notice.register_not_admin),
  register_unknown: (d) => plain(vi.notice.register_unknown(str(truncate(String(d.input ?? ''), 100)))),
  register_choose: (d) => ({
    text: vi.notice.register_choose,
    keyboard: rows((d.candidates as Array<{ id: string; name: string }>).map((c) => ({ text: c.name, callback_data: encodeCallback({ type: 'register', unitId: c.id }) })), 1),
  }),
  registered: (d) => plain(vi.notice.registered(str(d.unitName))),
  role_usage: () => plain(vi.notice.role_usage),
  role_not_admin: () => plain(vi.notice.role_not_admin),
  role_set: (d) => plain((vi.notice.role_set[String(d.role)] ?? vi.notice.role_set.bo)(str(d.name))),
  start: () => plain(vi.help.start),
  help: (d) => plain(helpText(d.roles as string[])),
  check: (d) => plain(String(d.html)),
  error: () => plain(vi.notice.error),
  private_hint: () => plain(vi.notice.private_hint),
  ticket_status: (d, units) => plain(renderStatus(d, units)),
  analysis: (d) => plain(String(d.html)),
  analysis_usage: () => plain(vi.analysis.usage),
  analysis_not_allowed: () => plain(vi.analysis.notAllowed),
  sla_step: (d, units) => ({ text: renderSlaStep(d, units), keyboard: snoozeKeyboard(Number(d.number)) }),
  sla_snoozed: (d) => plain([
    vi.sla.snoozed(Number(d.number), str(d.by), formatVnTime(new Date(String(d.until)))),
    ...(d.assigned === true ? [vi.sla.snoozedKeepsEscalation] : []),
  ].join('\n')),
  sla_noise: (d) => plain(vi.sla.noiseBudget(Number(d.budget))),
  schedule_reminder: (d) => plain(renderScheduleReminder(d)),
  schedule_report: (d, units) => plain(renderScheduleReport(d, units)),
  schedule_digest: (d, units) => plain(renderDigest(d, units)),
  schedule_roster: (d, units) => plain(renderRosterWeek(d.week as RosterWeek, units, true) + (d.late === true ? vi.schedule.late : '')),
  roster_now: (d, units) => plain(renderRosterNow(d, units)),
  roster_week: (d, units) => plain(renderRosterWeek(d.week as RosterWeek, units)),
  roster_no_unit: () => plain(vi.roster.noUnit),
  roster_usage: () => plain(vi.roster.usage),
  roster_refused: (d) => plain(renderShiftRefused(d)),
  shift_added: (d, units) => plain(renderShiftChange('shift_added', d, units)),
  shift_removed: (d, units) => plain(renderShiftChange('shift_removed', d, units)),
  roster_imported: (d, units) => plain(renderRosterImport(d, units)),
  roster_handover: (d, units) => plain(renderHandover(d, units)),
  duty_ticket: (d, units) => {
    const unit = escapeHtml(units.get(String(d.unitId))?.name ?? String(d.unitId))
    if (d.reason === 'assigned') return plain(vi.roster.dutyAssigned(unit, Number(d.number), vi.priority[d.priority as keyof typeof vi.priority] ?? '', escapeHtml(truncate(String(d.description ?? ''), 200))))
    return plain(vi.roster.dutySla(unit, renderSlaStep({ ...d, mentionAdmins: false }, units)))
  },
}

export function renderNotice(code: string, data: Record<string, unknown>, units: UnitLookup): RenderedMessage {
  const render = NOTICES[code]
  if (!render) throw new Error(`unknown notice code: ${code}`)
  return render(data, units)
}

function renderList(mode: string, items: TicketSummary[], more: boolean, units: UnitLookup): RenderedMessage {
  if (items.length === 0) return plain(vi.notice.list_empty[mode] ?? vi.notice.list_empty.open)
  const lines = items.map((t) => {
    const badge = t.overdue ? ` ⚠️ ${vi.card.overdue}` : ''
    const who = t.assigneeUnitId ? escapeHtml(units.get(t.assigneeUnitId)?.name ?? t.assigneeUnitId) : vi.card.unassigned
    return `<b>#${t.number}</b> ${vi.status[t.status]}${badge} · ${vi.priority[t.priority]} · ${who} · ${vi.card.deadline.toLowerCase()} ${formatVnTime(new Date(t.deadline))}\n   <i>${escapeHtml(truncate(t.description, 90))}</i>`
  })
  if (more) lines.push(vi.notice.list_more(items.length))
  return plain([`<b>${vi.notice.list_title[mode] ?? mode}</b> (${items.length})`, ...lines].join('\n'))
}

/** A reminder, breach alert or escalation step; `admins` are added by the sender when the step mentions them. */
function renderSlaStep(d: Record<string, unknown>, units: UnitLookup): string {
  const n = Number(d.number)
  const stage = vi.sla.stage[d.stage as keyof typeof vi.sla.stage]
  const level = vi.sla.level[d.level as keyof typeof vi.sla.level] ?? ''
  const due = new Date(String(d.dueAt))
  const lines: string[] = []
  if (d.stage === 'silence') lines.push(vi.sla.silence(n, level, formatMinutes(Number(d.silenceMinutes))))
  else if (d.kind === 'reminder') lines.push(vi.sla.reminder(n, stage, formatVnTime(due)))
  else if (d.kind === 'breach') lines.push(vi.sla.breached(n, stage, formatVnTime(due)))
  else lines.push(vi.sla.escalated(n, stage, level, formatMinutes((new Date(String(d.at)).getTime() - due.getTime()) / 60_000)))
  if (typeof d.assigneeUnitId === 'string') lines.push(vi.sla.assignee(escapeHtml(units.get(d.assigneeUnitId)?.name ?? d.assigneeUnitId)))
  if (d.stage === 'ack' && d.kind !== 'escalation') lines.push(vi.sla.askAck)
  if (d.stage === 'triage') lines.push(vi.sla.askTriage)
  if (d.stage === 'assignment') lines.push(vi.sla.askAssign)
  const admins = (d.admins as Array<{ id: number; name: string }> | undefined) ?? []
  if (admins.length > 0) lines.push(vi.sla.mention(admins.map((a) => `<a href="tg://user?id=${a.id}">${escapeHtml(a.name)}</a>`).join(', ')))
  return lines.join('\n')
}

/** Under every SLA alert in a group: hold the ticket's reminders for an hour, or until the next working morning. */
function snoozeKeyboard(number: number): RenderedMessage['keyboard'] {
  return [[
    { text: vi.button.snoozeHour, callback_data: encodeCallback({ type: 'snooze', number, until: 'hour' }) },
    { text: vi.button.snoozeMorning, callback_data: encodeCallback({ type: 'snooze', number, until: 'morning' }) },
  ]]
}

function helpText(roles: string[]): string {
  const sections: string[] = [...vi.help.everyone]
  if (roles.includes('dispatcher') || roles.includes('admin')) sections.push(...vi.help.dispatcher)
  if (roles.includes('admin')) sections.push(...vi.help.admin)
  return sections.join('\n')
}
