// What the alerts, the snooze confirmation and the cards of a snoozed ticket look like, and the snooze buttons' data.
import { describe, expect, it } from 'vitest'
import { renderCard, renderTimeline } from '../../../bot/render/card.ts'
import { decodeCallback, encodeCallback } from '../../../bot/render/callback-data.ts'
import { renderNotice } from '../../../bot/render/notice.ts'
import { directory, shippedConfig, shortSlaConfig, ticketFixture } from '../../helpers/fixtures.ts'

const shipped = shippedConfig()
const SHORT = shortSlaConfig()
const units = directory(shipped)
const vn = (local: string): Date => new Date(`${local}+07:00`)

describe('the snooze buttons', () => {
  it('round-trip through short callback data, for any ticket number', () => {
    for (const until of ['hour', 'morning'] as const) {
      for (const number of [1, 42, 999_999_999]) {
        const data = encodeCallback({ type: 'snooze', number, until })
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64)
        expect(decodeCallback(data)).toEqual({ type: 'snooze', number, until })
      }
    }
    expect(encodeCallback({ type: 'snooze', number: 7, until: 'morning' })).toBe('z:7:m')
  })

  it('forged or malformed data is rejected, not half-read', () => {
    for (const bad of ['z:7', 'z:7:x', 'z:0:h', 'z:-1:h', 'z:7:h:1', 'z:abc:m', 'z:7:constructor', 'z:7:toString', 'm:7:constructor', 'r:7:__proto__', 'k:3:hasOwnProperty']) {
      expect([bad, decodeCallback(bad)]).toEqual([bad, null])
    }
  })
})

describe('the alerts and the confirmation', () => {
  const step = { number: 7, kind: 'breach', stage: 'ack', level: 'on_duty', dueAt: vn('2026-11-25T10:01:00').toISOString(), at: vn('2026-11-25T10:01:00').toISOString(), assigneeUnitId: 'nghe-an', mentionAdmins: false, silenceMinutes: 1440 }

  it('every SLA alert carries the two snooze buttons', () => {
    for (const kind of ['reminder', 'breach', 'escalation']) {
      const r = renderNotice('sla_step', { ...step, kind, level: kind === 'escalation' ? 'centre_head' : step.level }, units)
      expect(r.keyboard.flat().map((b) => [b.text, 'callback_data' in b ? b.callback_data : ''])).toEqual([['⏰ Nhắc lại sau 1 giờ', 'z:7:h'], ['🌅 Sáng mai', 'z:7:m']])
    }
  })

  it('the confirmation says who snoozed until when; for an assigned ticket, that escalations still go out', () => {
    const until = vn('2026-11-26T07:30:00').toISOString()
    expect(renderNotice('sla_snoozed', { number: 7, until, by: 'Đỗ <G>', assigned: true }, units).text)
      .toBe('💤 Đỗ &lt;G&gt; đã hoãn nhắc hạn phiếu #7 đến 07:30 26/11/2026.\nBáo cáo vượt cấp lên Trung tâm chỉ huy vẫn được gửi đúng hạn.')
    expect(renderNotice('sla_snoozed', { number: 7, until, by: 'Bùi S', assigned: false }, units).text).toBe('💤 Bùi S đã hoãn nhắc hạn phiếu #7 đến 07:30 26/11/2026.')
  })
})

describe('a snoozed ticket\'s card and timeline', () => {
  const t = ticketFixture('assigned', { assigneeUnitId: 'nghe-an', createdAt: vn('2026-11-25T10:00:00'), assignedAt: vn('2026-11-25T10:00:00'), snoozedUntil: vn('2026-11-25T11:00:00') })
  const card = (now: Date) => renderCard(t, { units, now, chatUnitId: 'nghe-an', policy: SHORT.policy, attachments: 0, assigneeHasGroup: true, clock: SHORT.clock }).text

  it('shows until when while it lasts, and nothing after', () => {
    expect(card(vn('2026-11-25T10:30:00'))).toContain('⚠️ quá hạn tiếp nhận 29 phút · 💤 hoãn nhắc hạn đến 11:00 25/11/2026')
    expect(card(vn('2026-11-25T11:00:00'))).not.toContain('💤')
  })

  it('the timeline says until when', () => {
    const event = { id: 1, ticketId: 1, type: 'sla_snoozed' as const, actorId: 12, actorName: 'Đỗ G', actorUnitId: 'nghe-an', at: vn('2026-11-25T10:01:00'), data: { until: vn('2026-11-25T11:01:00').toISOString(), by: 'Đỗ G' } }
    expect(renderTimeline(t, [event], units)).toContain('• 10:01 25/11/2026 — Đỗ G (Nghệ An): Hoãn nhắc hạn đến 11:01 25/11/2026')
  })
})
