import { beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../services/ports.ts'
import { createPrismaStore, syncConfigUnits } from '../../services/repositories/prisma-store.ts'
import { importRoster, type RosterDownload } from '../../services/rosters/roster-import.ts'
import { addShift, runHandovers } from '../../services/rosters/roster-service.ts'
import { reportTicket } from '../../services/tickets/ticket-service.ts'
import { actor, directory, shippedConfig } from '../helpers/fixtures.ts'
import { describeEachDatabase } from '../helpers/test-db.ts'

const config = shippedConfig()
const units = directory(config)
const vn = (s: string) => new Date(`${s}+07:00`)

describeEachDatabase('duty rosters', (getDb) => {
  let store: Store
  beforeAll(async () => {
    await syncConfigUnits(getDb().prisma, config.units)
    store = createPrismaStore(getDb().prisma)
    await store.transaction(async (tx) => {
      await tx.upsertChat({ chatId: -601, title: 'VNPT Nghệ An', isForum: false, unitId: 'vnpt-nghe-an', at: vn('2026-11-25T07:00:00') })
    })
    const leader = actor({ userId: 60, unitId: 'vnpt-nghe-an', isUnitLeader: true })
    let u = 1
    for (const [who, range] of [[71, '25/11 17:00-07:30'], [72, '25/11 17:00-26/11 07:30'], [73, '26/11 07:30-17:00']] as const) {
      const r = await addShift({ store, config, units }, { updateId: u++, now: vn('2026-11-25T09:00:00'), actor: leader, origin: { chatId: -601, threadId: null, messageId: u } }, { userId: who, name: `Người ${who}` }, range)
      expect(r).toMatchObject({ value: { ok: true } })
    }
    await reportTicket({ store, config, units }, { updateId: 50, now: vn('2026-11-25T10:00:00'), actor: actor({ userId: 11, unitId: 'nghe-an' }), origin: { chatId: -602, threadId: null, messageId: 1 } }, {
      description: 'Một cửa lỗi 502', sourceMessageId: 1, originalAuthor: null, attachments: [], mediaGroupId: null,
      fields: { category: 1, priority: 'high', system: 'tthc', provinceId: 'nghe-an', deadline: null },
    })
  })

  it('an overlapping shift for the same person is refused by the database store too', async () => {
    const r = await addShift({ store, config, units }, { updateId: 90, now: vn('2026-11-25T09:00:00'), actor: actor({ isAdmin: true, unitId: 'vnpt-nghe-an' }), origin: { chatId: -601, threadId: null, messageId: 90 } }, { userId: 71, name: 'Người 71' }, '26/11 06:00-08:00')
    expect(r).toMatchObject({ committed: false, value: { ok: false, reason: 'shift_overlap' } })
    expect(await getDb().prisma.shift.count()).toBe(3)
  })

  it('the handover at a shift change is posted once per (team, start), across concurrent runs and replays', async () => {
    const prisma = getDb().prisma
    // Four replicas, every 20 seconds from 16:59 to 17:10, then a replay: one post for 17:00 (two shifts start then).
    for (let s = 0; s <= 11 * 3; s++) {
      const now = new Date(vn('2026-11-25T16:59:00').getTime() + s * 20_000)
      await Promise.all([1, 2, 3, 4].map(() => runHandovers({ store, config }, now)))
    }
    expect(await runHandovers({ store, config }, vn('2026-11-25T17:05:00'))).toEqual({ posted: 0, messages: 0 })
    const runs = await prisma.jobRun.findMany({ where: { jobId: { startsWith: 'handover:' } } })
    expect(runs.map((r) => [r.jobId, r.slot.toISOString()])).toEqual([['handover:vnpt-nghe-an', vn('2026-11-25T17:00:00').toISOString()]])
    const posts = (await prisma.outbox.findMany({ where: { kind: 'notice' } })).map((o) => o.payload as { chatId: number; code: string; data: Record<string, unknown> })
      .filter((p) => p.code === 'roster_handover')
    expect(posts).toHaveLength(1)
    expect(posts[0].chatId).toBe(-601)
    expect(posts[0].data).toMatchObject({ unitId: 'vnpt-nghe-an', overdue: 1, onDuty: [{ userId: 71 }, { userId: 72 }], items: [{ number: 1, overdue: true }] })
  })

  it('a shift change missed during downtime is not posted late', async () => {
    // The 07:30 change on the 26th, looked at only at 08:00: dropped.
    expect(await runHandovers({ store, config }, vn('2026-11-26T08:00:00'))).toEqual({ posted: 0, messages: 0 })
    expect(await runHandovers({ store, config }, vn('2026-11-26T07:31:00'))).toEqual({ posted: 1, messages: 1 })
  })

  describe('/nhaplich', () => {
    const admin = actor({ userId: 900, isAdmin: true })
    const req = (updateId: number) => ({ updateId, now: vn('2026-11-27T10:00:00'), actor: admin, origin: { chatId: -601, threadId: null, messageId: updateId } })
    const doc = { fileName: 'lich.csv', mimeType: 'text/csv', size: null }
    const bytes = (text: string) => async (): Promise<RosterDownload> => ({ ok: true, bytes: new TextEncoder().encode(text) })
    const HEADER = 'don_vi;user_id;ho_ten;bat_dau;ket_thuc'
    /** 30 nights of VNPT Nghệ An and 30 days of Nghệ An, two people alternating. */
    const MONTH = [HEADER, ...Array.from({ length: 30 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 11, 1 + i))
      const next = new Date(day.getTime() + 86_400_000)
      const d = (x: Date) => `${String(x.getUTCDate()).padStart(2, '0')}/${String(x.getUTCMonth() + 1).padStart(2, '0')}/${x.getUTCFullYear()}`
      return [`vnpt-nghe-an;${81 + (i % 2)};Người ${81 + (i % 2)};${d(day)} 17:00;${d(next)} 07:30`, `nghe-an;${91 + (i % 2)};Người ${91 + (i % 2)};${d(day)} 07:30;${d(day)} 17:00`]
    }).flat()].join('\n')

    it('all or nothing: one row clashing with a shift in the database and no row is inserted', async () => {
      const prisma = getDb().prisma
      const before = await prisma.shift.count()
      // Person 71 is on duty 25/11 17:00 – 26/11 07:30 (added above); this file has him again overnight.
      const clash = `${MONTH}\nvnpt-nghe-an;71;Người 71;25/11/2026 20:00;26/11/2026 06:00`
      const r = await importRoster({ store, config, units }, { ...req(201), now: vn('2026-11-25T10:00:00') }, doc, bytes(clash))
      expect(r).toMatchObject({ committed: false, value: { ok: false, reason: 'import_problems', total: 1, problems: [{ line: 62, code: 'overlap_existing' }] } })
      expect(await prisma.shift.count()).toBe(before)
      expect(await prisma.processedUpdate.count({ where: { updateId: 201 } })).toBe(0)
    })

    it('a month of two units in one transaction; the same file twice at once is imported once', async () => {
      const prisma = getDb().prisma
      const before = await prisma.shift.count()
      const results = await Promise.all([202, 203].map((id) => importRoster({ store, config, units }, req(id), doc, bytes(MONTH))))
      const values = results.map((r) => (r.duplicate ? null : r.value))
      // Whichever ran second found every row already there (the per-unit roster locks make them take turns).
      expect(values).toEqual(expect.arrayContaining([{ ok: true, added: 60, duplicates: 0 }, { ok: true, added: 0, duplicates: 60 }]))
      expect(await prisma.shift.count()).toBe(before + 60)
      expect(await prisma.shift.count({ where: { unitId: 'nghe-an' } })).toBe(30)
      const replies = (await prisma.outbox.findMany({ where: { kind: 'notice' } })).map((o) => o.payload as { code: string; data: Record<string, unknown> })
        .filter((p) => p.code === 'roster_imported')
      expect(replies.map((p) => p.data.added).sort()).toEqual([0, 60])
      // The replay of an update that imported finds its marker.
      expect(await importRoster({ store, config, units }, req(202), doc, bytes(MONTH))).toEqual({ duplicate: true })
      expect(await prisma.shift.count()).toBe(before + 60)
    })
  })
})
