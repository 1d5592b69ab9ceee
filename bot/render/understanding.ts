import type { ParsedMessage } from '../../services/parsing/index.ts'
import { toVnIso } from '../../services/parsing/index.ts'
import type { Draft } from '../../services/understanding/types.ts'
import type { Ticket } from '../../services/tickets/types.ts'
import type { UnitLookup } from '../../services/units/types.ts'
import { vi } from '../messages/vi.ts'
import { encodeCallback } from './callback-data.ts'
import type { RenderedMessage } from './card.ts'
import { escapeHtml } from './html.ts'
import { formatVnTime } from './time.ts'

/** The draft card: what was understood from the messages, and the three decisions. */
export function renderDraft(d: Draft, units: UnitLookup): RenderedMessage {
  if (d.status === 'created') return { text: vi.draft.created(d.ticketNumber ?? 0), keyboard: [] }
  if (d.status === 'dismissed') return { text: vi.draft.dismissed, keyboard: [] }
  const f = d.fields
  const province = f.provinceId ? escapeHtml(units.get(f.provinceId)?.name ?? f.provinceId) : vi.draft.noProvince
  const lines = [
    `<b>${vi.draft.title}</b>`,
    `${vi.card.category}: ${vi.category[f.category]} · ${vi.card.priority}: ${vi.priority[f.priority]}`,
    `${vi.card.system}: ${vi.system[f.system]}`,
    `${vi.draft.province}: ${province}`,
    ...(f.deadline ? [`${vi.draft.deadline}: ${formatVnTime(f.deadline)}`] : []),
    ...(d.attachments.length > 0 ? [vi.draft.attachments(d.attachments.length)] : []),
    vi.draft.hint,
  ]
  return { text: lines.join('\n'), keyboard: [draftButtons(d.id)] }
}

export function draftButtons(id: number) {
  return [
    { text: vi.draft.create, callback_data: encodeCallback({ type: 'draft', id, op: 'create' }) },
    { text: vi.button.edit, callback_data: encodeCallback({ type: 'draft_menu', id, menu: 'edit' }) },
    { text: vi.draft.dismiss, callback_data: encodeCallback({ type: 'draft', id, op: 'dismiss' }) },
  ]
}

const PROPOSED_OP = { acknowledge: 'ack', start: 'start', complete: 'done' } as const
const PROPOSED_STATUS = { acknowledge: 'acknowledged', start: 'in_progress', complete: 'done' } as const
const PROPOSED_BUTTON = { acknowledge: vi.button.acknowledge, start: vi.button.start, complete: vi.button.complete } as const

/** One tap to make the move an update spoke of; the message is then kept as one of the ticket's cards. */
export function renderProposal(t: Ticket, action: keyof typeof PROPOSED_OP): RenderedMessage {
  return {
    text: vi.proposal(t.number, vi.status[PROPOSED_STATUS[action]]),
    keyboard: [[{ text: PROPOSED_BUTTON[action], callback_data: encodeCallback({ type: 'ticket', number: t.number, op: PROPOSED_OP[action] }) }]],
  }
}

/** "Phiếu #12 — Đã tiếp nhận bởi VNPT Nghệ An (Phạm Minh) lúc 09:14 25/11/2026, hạn 17:00 25/11/2026". */
export function renderStatus(d: Record<string, unknown>, units: UnitLookup): string {
  const unit = typeof d.assigneeUnitId === 'string' ? units.get(d.assigneeUnitId)?.name ?? d.assigneeUnitId : null
  const who = [unit, d.assigneeUserName].filter(Boolean).map(String)
  const by = who.length === 0 ? '' : vi.statusAnswer.by(escapeHtml(who.length === 2 ? `${who[0]} (${who[1]})` : who[0]))
  const badge = d.overdue ? ` · ⚠️ <b>${vi.card.overdue}</b>` : ''
  return vi.statusAnswer.line(Number(d.number), vi.status[d.status as Ticket['status']] ?? String(d.status)) + by
    + vi.statusAnswer.at(formatVnTime(new Date(String(d.since)))) + vi.statusAnswer.deadline(formatVnTime(new Date(String(d.deadline)))) + badge
}

/** /phantich: each field, its value and the evidence behind it. */
export function renderAnalysis(p: ParsedMessage): string {
  const value: Record<string, string> = {
    kind: vi.analysis.kind[p.kind] ?? p.kind,
    category: p.category ? vi.category[p.category] : vi.analysis.none,
    priority: p.priority ? vi.priority[p.priority] : vi.analysis.none,
    system: p.system ? vi.system[p.system] : vi.analysis.none,
    province: p.province ?? vi.analysis.none,
    deadline: p.deadline ? `${formatVnTime(p.deadline)} (${toVnIso(p.deadline)})` : vi.analysis.none,
    ticket: p.ticket ? `#${p.ticket}` : vi.analysis.none,
  }
  const lines = Object.entries(value).flatMap(([field, v]) => [
    `<b>${vi.analysis.fields[field]}</b>: ${escapeHtml(v)}`,
    ...p.evidence[field as keyof ParsedMessage['evidence']].map((e) => `   · ${escapeHtml(e)}`),
  ])
  return [...lines, vi.analysis.confidence(p.confidence.toFixed(1))].join('\n')
}
