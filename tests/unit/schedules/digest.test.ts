import { describe, expect, it } from 'vitest'
import { vi as msg } from '../../../bot/messages/vi.ts'
import { renderDigest } from '../../../bot/render/digest.ts'
import { visibleLength } from '../../../bot/render/html.ts'
import { renderNotice } from '../../../bot/render/notice.ts'
import type { ReferenceConfig } from '../../../services/config/types.ts'
import { parseCron } from '../../../services/schedules/cron.ts'
import { DIGEST_LIMIT, digestsFor, groupDigest, type DigestContext, type GroupDigest } from '../../../services/schedules/digest.ts'
import { runSchedules } from '../../../services/schedules/run-schedules.ts'
import type { Ticket, TicketStatus } from '../../../services/tickets/types.ts'
import { DIEN_CHAU, directory, shippedConfig, T0, ticketFixture } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'
import { parseTelegramHtml } from '../../helpers/telegram-html.ts'

const config = shippedConfig()
const units = directory(config)
const H = 3_600_000
/** 10:00 on Wednesday 25/11/2026 in Vietnam, a working day: an hour after the fixtures' T0. */
const NOW = new Date(T0.getTime() + H)
const ctx: DigestContext = { commandCentreUnitId: 'ttch', units, clock: config.clock, now: NOW }

let id = 0
const ticket = (number: number, status: TicketStatus, over: Partial<Ticket> = {}): Ticket => ticketFixture(status, { id: ++id, number, ...over })

/**
 * #1 assigned to VNPT Nghệ An at T0, not acknowledged: the vendor's 30-minute response (P2) is 30 minutes past — late,
 *    though its deadline (T0 + 4 h) is not;
 * #2 acknowledged, deadline an hour ago: overdue (the card's badge);
 * #3 in progress, in time;
 * #4 closed, #7 rejected: not open;
 * #5 waiting in Mới, reported by the province: the province's and the command centre's;
 * #6 another province's ticket, in time: only theirs.
 */
const TICKETS: Ticket[] = [
  ticket(1, 'assigned'),
  ticket(2, 'acknowledged', { acknowledgedAt: T0, deadline: new Date(T0.getTime() - H) }),
  ticket(3, 'in_progress', { acknowledgedAt: T0, deadline: new Date(T0.getTime() + 24 * H) }),
  ticket(4, 'closed'),
  ticket(5, 'new', { reporterUnitId: 'nghe-an', affectedUnitId: 'nghe-an', deadline: new Date(T0.getTime() + 2 * H) }),
  ticket(6, 'assigned', { assigneeUnitId: 'thanh-hoa', reporterUnitId: 'thanh-hoa', affectedUnitId: 'thanh-hoa', provinceId: 'thanh-hoa', assignedAt: NOW, deadline: new Date(T0.getTime() + 48 * H) }),
  ticket(7, 'rejected', { rejectReason: 'duplicate' }),
]

const numbers = (d: GroupDigest | null) => d?.items.map((i) => i.number)

describe('the daily digest: which tickets, in which order', () => {
  const digestOf = digestsFor(TICKETS, ctx)

  it("a unit's group: its open tickets, assigned to it or reported by it; overdue first, then late, then by deadline", () => {
    const vnpt = digestOf('vnpt-nghe-an')
    expect(numbers(vnpt)).toEqual([2, 1, 3])
    expect(vnpt).toMatchObject({ unitId: 'vnpt-nghe-an', commandCentre: false, total: 3, overdue: 1, waiting: 0 })
    expect(vnpt!.items.map((i) => i.overdue)).toEqual([true, false, false])
    // #1 is late on its acknowledgement (the vendor's 30 minutes), #3 has time left to fix.
    expect(vnpt!.items[1].stage).toMatchObject({ stage: 'ack' })
    expect(vnpt!.items[1].stage!.minutes).toBeLessThan(0)
    expect(vnpt!.items[2].stage).toMatchObject({ stage: 'fix' })
    expect(vnpt!.items[2].stage!.minutes).toBeGreaterThan(0)
    // The reporting commune follows the same tickets.
    expect(numbers(digestOf(DIEN_CHAU.id))).toEqual([2, 1, 3])
    expect(numbers(digestOf('nghe-an'))).toEqual([5])
    expect(numbers(digestOf('thanh-hoa'))).toEqual([6])
  })

  it("the command centre: what waits in Mới and every late ticket of any unit, but not the others' tickets in time", () => {
    const centre = digestOf('ttch')
    expect(numbers(centre)).toEqual([2, 5, 1])
    expect(centre).toMatchObject({ commandCentre: true, total: 3, overdue: 1, waiting: 1 })
    // A team of the command centre is a unit like any other.
    expect(digestOf('ttch-dn')).toBeNull()
  })

  it('a group with nothing open gets nothing', () => {
    expect(digestOf('ha-noi')).toBeNull()
    expect(groupDigest([ticket(8, 'closed'), ticket(9, 'rejected')], 'vnpt-nghe-an', ctx)).toBeNull()
  })

  it('lists the first N and counts every open ticket of the group', () => {
    const many = Array.from({ length: 40 }, (_, i) => ticket(100 + i, 'in_progress', { acknowledgedAt: NOW, deadline: new Date(T0.getTime() + (i + 1) * H) }))
    const d = groupDigest([...many, TICKETS[1]], 'vnpt-nghe-an', ctx)!
    expect(d.total).toBe(41)
    expect(d.items).toHaveLength(DIGEST_LIMIT)
    expect(d.items[0].number).toBe(2)
    expect(d.items.slice(1).map((i) => i.number)).toEqual(Array.from({ length: DIGEST_LIMIT - 1 }, (_, i) => 100 + i))
  })
})

describe('the digest as a scheduled job (in-memory store)', () => {
  const digestJob = { id: 'group-digest', cron: parseCron('0 10 * * *'), enabled: true, targets: ['all_registered' as const], kind: 'digest' as const, message: null, workingDaysOnly: true, catchUp: 'drop' as const }
  const only: ReferenceConfig = { ...config, schedules: { ...config.schedules, jobs: [digestJob] } }
  const chat = (chatId: number, unitId: string | null, active = true) => ({ chatId, title: String(unitId), unitId, active, isForum: false, hintSentAt: null })

  it('each registered group its own digest, once per slot; groups with nothing, removed or unregistered get none', async () => {
    const store = new MemoryStore()
    store.state.tickets = structuredClone(TICKETS)
    store.state.chats = [chat(-1, 'ttch'), chat(-2, 'nghe-an'), chat(-3, 'vnpt-nghe-an'), chat(-4, 'ha-noi'), chat(-5, 'vnpt-nghe-an', false), chat(-6, null), chat(-7, 'vnpt-nghe-an')]
    const deps = { store, config: only }
    expect(await runSchedules(deps, NOW)).toEqual({ sent: 1, late: 0, skipped: 0, messages: 4 })
    expect(await runSchedules(deps, new Date(NOW.getTime() + 30_000))).toEqual({ sent: 0, late: 0, skipped: 0, messages: 0 })
    const sent = store.state.outbox.map((m) => (m.kind === 'notice' ? { chatId: m.chatId, code: m.code, data: m.data } : null))
    expect(sent.map((m) => [m?.chatId, m?.code, (m?.data.digest as GroupDigest).items.map((i) => i.number)])).toEqual([
      [-1, 'schedule_digest', [2, 5, 1]],
      [-2, 'schedule_digest', [5]],
      [-3, 'schedule_digest', [2, 1, 3]],
      [-7, 'schedule_digest', [2, 1, 3]],
    ])
    expect(store.state.jobRuns).toEqual([{ jobId: 'group-digest', slot: NOW, status: 'sent', createdAt: NOW }])
  })

  it('the shipped job: 07:45 on working days, every registered group, dropped after downtime', () => {
    const shipped = config.schedules.jobs.find((j) => j.id === 'group-digest')
    expect(shipped).toMatchObject({ kind: 'digest', targets: ['all_registered'], workingDaysOnly: true, catchUp: 'drop', enabled: true })
    expect(shipped!.cron.text).toBe('45 7 * * *')
  })
})

describe('the digest, rendered', () => {
  const plain = (html: string): string => {
    const parsed = parseTelegramHtml(html)
    if (!parsed.ok) throw new Error(parsed.error)
    return parsed.text
  }
  const data = (digest: GroupDigest) => ({ jobId: 'group-digest', slot: '2026-11-25T00:45:00.000Z', late: false, digest })

  it("a unit's digest: counts, then each ticket with its status, the cards' overdue badge, its time and deadline", () => {
    const text = plain(renderNotice('schedule_digest', data(digestsFor(TICKETS, ctx)('vnpt-nghe-an')!), units).text)
    expect(text.split('\n')).toEqual([
      '📋 Tổng hợp phiếu đầu ngày — VNPT Nghệ An (07:45 25/11/2026)',
      'Phiếu đang mở của đơn vị: 3, trong đó quá hạn: 1.',
      '',
      `#2 Đã tiếp nhận · ⚠️ ${msg.card.overdue} · Cao · VNPT Nghệ An`,
      // As on the card: the ticket's deadline passed (the badge); the vendor's 4-hour fix budget has not.
      '   ⏳ còn 3 giờ để xử lý · hạn 08:00 25/11/2026',
      '   Hệ thống một cửa không đăng nhập được',
      '#1 Đã giao · Cao · VNPT Nghệ An',
      '   ⚠️ quá hạn tiếp nhận 30 phút · hạn 13:00 25/11/2026',
      '   Hệ thống một cửa không đăng nhập được',
      '#3 Đang xử lý · Cao · VNPT Nghệ An',
      expect.stringMatching(/^ {3}⏳ còn .+ để xử lý · hạn 09:00 26\/11\/2026$/),
      '   Hệ thống một cửa không đăng nhập được',
    ])
  })

  it("the command centre's digest says what waits in Mới; an unassigned ticket says so", () => {
    const text = plain(renderDigest(data(digestsFor(TICKETS, ctx)('ttch')!), units))
    expect(text).toContain('Cần theo dõi: 3 phiếu — chờ phân luồng (Mới): 1, quá hạn: 1.')
    expect(text).toContain(`#5 Mới · Cao · ${msg.card.unassigned}`)
  })

  it("stays under Telegram's 4,096 characters with long descriptions and unit names, and counts what it leaves out", () => {
    const long = 'Mất kết nối <LGSP> & "trục liên thông" — '.repeat(20)
    const many = Array.from({ length: 60 }, (_, i) => ticket(200 + i, 'in_progress', {
      assigneeUnitId: 'ttch-dn', acknowledgedAt: NOW, description: long, deadline: new Date(T0.getTime() - (i + 1) * H),
    }))
    const d = groupDigest(many, 'ttch-dn', ctx)!
    expect(d.items).toHaveLength(DIGEST_LIMIT)
    const html = renderDigest(data(d), units)
    const text = plain(html)
    expect(text.length).toBeLessThanOrEqual(4096)
    const shown = text.split('\n').filter((l) => l.startsWith('#')).length
    expect(shown).toBe(DIGEST_LIMIT)
    expect(text.split('\n').at(-1)).toBe(`… và ${60 - shown} phiếu khác — /tondong`)

    // A tighter limit: fewer listed, the rest still counted, the text still under it.
    const tight = renderDigest(data(d), units, 1200)
    expect(visibleLength(tight)).toBeLessThanOrEqual(1200)
    const listed = plain(tight).split('\n').filter((l) => l.startsWith('#')).length
    expect(listed).toBeGreaterThan(0)
    expect(listed).toBeLessThan(DIGEST_LIMIT)
    expect(plain(tight).split('\n').at(-1)).toBe(`… và ${60 - listed} phiếu khác — /tondong`)
  })
})
