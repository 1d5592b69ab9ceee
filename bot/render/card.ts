import type { InlineKeyboardButton } from 'grammy/types'
import type { TicketAction } from '../../services/tickets/lifecycle.ts'
import type { ClockSettings } from '../../services/sla/escalation.ts'
import { stageTimeAt, type StageTime } from '../../services/sla/ticket-sla.ts'
import { isOverdue } from '../../services/tickets/overdue.ts'
import { authorize, type RightsPolicy } from '../../services/tickets/rights.ts'
import type { Actor, Ticket, TicketEvent } from '../../services/tickets/types.ts'
import { isCommandCentreKind, type UnitLookup } from '../../services/units/types.ts'
import { vi } from '../messages/vi.ts'
import { encodeCallback, type CallbackAction } from './callback-data.ts'
import { escapeHtml, truncate } from './html.ts'
import { formatVnTime } from './time.ts'

export interface CardView {
  units: UnitLookup
  now: Date
  /** The unit of the chat the card is shown in: its buttons are the actions that chat's members may take. */
  chatUnitId: string | null
  policy: RightsPolicy
  attachments: number
  /** Whether the assignee unit has a registered group. */
  assigneeHasGroup: boolean
  /** The calendar and SLA policy: the card shows the time left for the current stage. */
  clock: ClockSettings
}

export interface RenderedMessage {
  text: string
  keyboard: InlineKeyboardButton[][]
}

const DESCRIPTION_MAX = 1500

export function renderCard(t: Ticket, v: CardView): RenderedMessage {
  const name = (id: string | null) => (id ? escapeHtml(v.units.get(id)?.name ?? id) : '')
  const badge = isOverdue(t, v.now) ? ` · ⚠️ <b>${vi.card.overdue}</b>` : ''
  const lines = [
    `<b>${vi.card.title}${t.number}</b> · ${vi.status[t.status]}${badge}`,
    `<i>${escapeHtml(truncate(t.description, DESCRIPTION_MAX))}</i>`,
    `${vi.card.category}: ${vi.category[t.category]} · ${vi.card.priority}: ${vi.priority[t.priority]}`,
    `${vi.card.system}: ${vi.system[t.system]}`,
    `${vi.card.unit}: ${name(t.affectedUnitId)}`,
    `${vi.card.assignee}: ${assigneeLine(t, v, name)}`,
    `${vi.card.deadline}: ${formatVnTime(t.deadline)}`,
    ...slaLine(t, v),
    `${vi.card.reporter}: ${escapeHtml(t.reporterName)}${t.reporterUnitId ? ` (${name(t.reporterUnitId)})` : ''}`,
  ]
  if (t.originalAuthor) lines.push(`↪️ ${vi.card.forwardedFrom}: ${escapeHtml(t.originalAuthor)}`)
  if (t.rejectReason) lines.push(vi.card.rejected(vi.rejectReason[t.rejectReason]))
  if (t.duplicateOf) lines.push(vi.card.duplicateOf(t.duplicateOf))
  if (v.attachments > 0) lines.push(vi.card.attachments(v.attachments))
  return { text: lines.join('\n'), keyboard: cardKeyboard(t, chatActor(v), v.policy) }
}

function slaLine(t: Ticket, v: CardView): string[] {
  const time = stageTimeAt(t, v.units, v.clock, v.now)
  if (time === null) return []
  const snoozed = t.snoozedUntil && t.snoozedUntil.getTime() > v.now.getTime() ? ` · ${vi.sla.snoozedUntil(formatVnTime(t.snoozedUntil))}` : ''
  return [stageTimeText(time) + snoozed]
}

/** The card's and the digest's "⏳ còn 1 giờ 20 phút làm việc để tiếp nhận" or "⚠️ quá hạn tiếp nhận 35 phút". */
export function stageTimeText(time: StageTime): string {
  const stage = (vi.sla.stage as Record<string, string>)[time.stage] ?? ''
  const working = time.clock === 'working' ? vi.sla.working : ''
  return time.minutes >= 0
    ? vi.sla.left(formatMinutes(time.minutes) + working, stage)
    : vi.sla.overdue(stage, formatMinutes(-time.minutes) + working)
}

/** 80 → "1 giờ 20 phút", 1500 → "1 ngày 1 giờ"; whole minutes, rounded down. */
export function formatMinutes(total: number): string {
  const minutes = Math.floor(total)
  if (minutes < 1) return vi.sla.underAMinute
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  const parts = [days > 0 ? vi.sla.days(days) : '', hours > 0 ? vi.sla.hours(hours) : '', rest > 0 && days === 0 ? vi.sla.minutes(rest) : '']
  return parts.filter(Boolean).join(' ')
}

function assigneeLine(t: Ticket, v: CardView, name: (id: string | null) => string): string {
  if (t.assigneeUnitId === null) return vi.card.unassigned
  const person = t.assigneeUserName ? ` — ${escapeHtml(t.assigneeUserName)}` : ''
  const noGroup = v.assigneeHasGroup ? '' : ` (${vi.card.noGroup})`
  return `${name(t.assigneeUnitId)}${person}${noGroup}`
}

/** Members of a command-centre group may dispatch and verify; members of a unit's group act for that unit. */
function chatActor(v: CardView): Actor {
  const unit = v.chatUnitId ? v.units.get(v.chatUnitId) : undefined
  const cc = unit !== undefined && isCommandCentreKind(unit.kind)
  return { userId: 0, name: '', unitId: v.chatUnitId, isUnitLeader: true, isAdmin: false, isDispatcher: cc, inCommandCentre: cc }
}

const BUTTONS: Array<[TicketAction, (n: number) => CallbackAction, string]> = [
  ['acknowledge', (n) => ({ type: 'ticket', number: n, op: 'ack' }), vi.button.acknowledge],
  ['start', (n) => ({ type: 'ticket', number: n, op: 'start' }), vi.button.start],
  ['complete', (n) => ({ type: 'ticket', number: n, op: 'done' }), vi.button.complete],
  ['close', (n) => ({ type: 'ticket', number: n, op: 'close' }), vi.button.close],
  ['reopen', (n) => ({ type: 'ticket', number: n, op: 'reopen' }), vi.button.reopen],
  ['triage', (n) => ({ type: 'ticket', number: n, op: 'triage' }), vi.button.triage],
  ['assign', (n) => ({ type: 'menu', number: n, menu: 'assign' }), vi.button.assign],
  ['reassign', (n) => ({ type: 'menu', number: n, menu: 'assign' }), vi.button.reassign],
  ['pause', (n) => ({ type: 'ticket', number: n, op: 'pause' }), vi.button.pause],
  ['resume', (n) => ({ type: 'ticket', number: n, op: 'resume' }), vi.button.resume],
  ['reject', (n) => ({ type: 'menu', number: n, menu: 'reject' }), vi.button.reject],
  ['edit', (n) => ({ type: 'menu', number: n, menu: 'edit' }), vi.button.edit],
]

const PER_ROW = 3

export function cardKeyboard(t: Ticket, actor: Actor, policy: RightsPolicy): InlineKeyboardButton[][] {
  const buttons = BUTTONS.filter(([action]) => authorize(actor, t, action, policy) === null)
    .map(([, data, text]) => ({ text, callback_data: encodeCallback(data(t.number)) }))
  return rows(buttons, PER_ROW)
}

export function rows<T>(items: T[], perRow: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += perRow) out.push(items.slice(i, i + perRow))
  return out
}

export function renderTimeline(t: Ticket, events: TicketEvent[], units: UnitLookup): string {
  const name = (id: unknown) => (typeof id === 'string' ? escapeHtml(units.get(id)?.name ?? id) : '')
  const lines = events.map((e) => {
    const who = `${escapeHtml(e.actorName)}${e.actorUnitId ? ` (${name(e.actorUnitId)})` : ''}`
    return `• ${formatVnTime(e.at)} — ${who}: ${vi.event[e.type]}${eventDetail(e, name)}`
  })
  return [`<b>${vi.card.timeline} — ${vi.card.title}${t.number}</b>`, ...lines].join('\n')
}

function eventDetail(e: TicketEvent, name: (id: unknown) => string): string {
  const d = e.data
  switch (e.type) {
    case 'created':
      return d.assigneeUnitId ? `, ${vi.eventDetail.routedTo} ${name(d.assigneeUnitId)}` : `, ${vi.eventDetail.waitingTriage}`
    case 'assigned':
    case 'reassigned':
      return ` ${name(d.toUnitId)}`
    case 'status_changed':
      return `: ${vi.status[d.from as Ticket['status']]} → ${vi.status[d.to as Ticket['status']]}`
    case 'rejected':
      return `: ${vi.rejectReason[d.reason as keyof typeof vi.rejectReason]}${d.duplicateOf ? ` #${d.duplicateOf}` : ''}`
    case 'field_corrected':
      return `: ${fieldValue(d.field, d.from)} → ${fieldValue(d.field, d.to)}${d.reroutedTo ? `, ${vi.eventDetail.rerouted} ${name(d.reroutedTo)}` : ''}`
    case 'deadline_set':
      return `: ${formatVnTime(new Date(String(d.to)))}`
    case 'sla_reminder':
    case 'sla_breached':
      return ` ${vi.sla.stage[d.stage as keyof typeof vi.sla.stage]}`
    case 'escalated':
      return `: ${vi.sla.level[d.step as keyof typeof vi.sla.level]} (${vi.sla.stage[d.stage as keyof typeof vi.sla.stage]})`
    case 'sla_snoozed':
      return ` ${vi.eventDetail.until(formatVnTime(new Date(String(d.until))))}`
    case 'comment':
      return `: ${escapeHtml(truncate(String(d.text ?? ''), 300))}${Number(d.attachments) > 0 ? ` ${vi.eventDetail.attachments(Number(d.attachments))}` : ''}`
    default:
      return ''
  }
}

function fieldValue(field: unknown, value: unknown): string {
  if (field === 'category') return vi.category[value as 1]
  if (field === 'priority') return vi.priority[value as 'urgent']
  return vi.system[value as 'tthc']
}
