import type { DigestItem, GroupDigest } from '../../services/schedules/digest.ts'
import type { UnitLookup } from '../../services/units/types.ts'
import { vi } from '../messages/vi.ts'
import { stageTimeText } from './card.ts'
import { escapeHtml, MAX_MESSAGE, truncate, visibleLength } from './html.ts'
import { formatVnTime } from './time.ts'

const DESCRIPTION_MAX = 80

/**
 * The daily digest of a group: its open tickets as the core selected them (late first), each with its status, the
 * cards' overdue badge and the time left or overdue of its current stage. One message: items are listed while the
 * text stays under Telegram's limit (with our margin), the others are counted — "… và K phiếu khác — /tondong".
 */
export function renderDigest(d: Record<string, unknown>, units: UnitLookup, max = MAX_MESSAGE): string {
  const g = d.digest as GroupDigest
  const name = (id: string) => escapeHtml(units.get(id)?.name ?? id)
  const at = formatVnTime(new Date(String(d.slot)))
  const head = [
    vi.digest.title(name(g.unitId), at) + (d.late === true ? vi.schedule.late : ''),
    g.commandCentre ? vi.digest.countsCentre(g.waiting, g.overdue, g.total) : vi.digest.counts(g.total, g.overdue),
    '',
  ]
  const lines = [...head]
  let shown = 0
  for (const item of g.items) {
    const block = itemLines(item, name)
    const rest = g.total - shown - 1
    const candidate = [...lines, ...block, ...(rest > 0 ? [vi.digest.more(rest)] : [])].join('\n')
    if (visibleLength(candidate) > max) break
    lines.push(...block)
    shown += 1
  }
  if (g.total > shown) lines.push(vi.digest.more(g.total - shown))
  return lines.join('\n')
}

function itemLines(t: DigestItem, name: (id: string) => string): string[] {
  const badge = t.overdue ? ` · ⚠️ <b>${vi.card.overdue}</b>` : ''
  const who = t.assigneeUnitId ? name(t.assigneeUnitId) : vi.card.unassigned
  const timing = [t.stage === null ? '' : stageTimeText(t.stage), vi.digest.deadline(formatVnTime(new Date(t.deadline)))].filter((s) => s !== '').join(' · ')
  return [
    `<b>#${t.number}</b> ${vi.status[t.status]}${badge} · ${vi.priority[t.priority]} · ${who}`,
    `   ${timing}`,
    `   <i>${escapeHtml(truncate(t.description, DESCRIPTION_MAX))}</i>`,
  ]
}
