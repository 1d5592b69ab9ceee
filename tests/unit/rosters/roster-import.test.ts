import { describe, expect, it } from 'vitest'
import { renderNotice } from '../../../bot/render/notice.ts'
import { ROSTER_CSV_MAX_BYTES } from '../../../services/rosters/csv.ts'
import { importRoster, isCsvDocument, type RosterDocument, type RosterDownload } from '../../../services/rosters/roster-import.ts'
import { addShift } from '../../../services/rosters/roster-service.ts'
import type { TicketRequest } from '../../../services/tickets/ticket-service.ts'
import type { Actor } from '../../../services/tickets/types.ts'
import { actor, directory, shippedConfig } from '../../helpers/fixtures.ts'
import { MemoryStore } from '../../helpers/memory-store.ts'

const config = shippedConfig()
const units = directory(config)
const vn = (s: string) => new Date(`${s}+07:00`)
const NOW = vn('2026-11-27T10:00:00') // Friday
const CHAT = -601
const leader = actor({ userId: 60, unitId: 'vnpt-nghe-an', isUnitLeader: true })
const member = actor({ userId: 61, unitId: 'vnpt-nghe-an' })
const req = (updateId: number, who: Actor = leader): TicketRequest => ({ updateId, now: NOW, actor: who, origin: { chatId: CHAT, threadId: null, messageId: updateId } })
const CSV_DOC: RosterDocument = { fileName: 'lich-truc.csv', mimeType: 'text/csv', size: 300 }

const WEEK = [
  'don_vi,user_id,ho_ten,bat_dau,ket_thuc',
  'vnpt-nghe-an,502,Phạm Minh,2026-11-30 17:00,2026-12-01 07:30',
  'vnpt-nghe-an,503,Lê Hùng,2026-12-01 17:00,2026-12-02 07:30',
  'vnpt-nghe-an,502,Phạm Minh,2026-12-02 17:00,2026-12-03 07:30',
].join('\n')

/** A download that counts its calls. */
function file(text: string | null): { fetch: () => Promise<RosterDownload>; calls: () => number } {
  let calls = 0
  return {
    fetch: async () => {
      calls += 1
      return text === null ? { ok: false, reason: 'import_download_failed' } : { ok: true, bytes: new TextEncoder().encode(text) }
    },
    calls: () => calls,
  }
}

const setup = () => {
  const store = new MemoryStore()
  return { store, deps: { store, config, units } }
}

describe('/nhaplich: a roster file, all or nothing', () => {
  it('imports every shift in one transaction and replies with the units, the period and the gaps left', async () => {
    const { store, deps } = setup()
    const f = file(WEEK)
    const r = await importRoster(deps, req(1), CSV_DOC, f.fetch)
    expect(r).toEqual({ duplicate: false, committed: true, value: { ok: true, added: 3, duplicates: 0 } })
    expect(store.state.shifts.map((s) => [s.unitId, s.userId, s.userName, s.startsAt.toISOString(), s.createdBy])).toEqual([
      ['vnpt-nghe-an', 502, 'Phạm Minh', vn('2026-11-30T17:00:00').toISOString(), 60],
      ['vnpt-nghe-an', 503, 'Lê Hùng', vn('2026-12-01T17:00:00').toISOString(), 60],
      ['vnpt-nghe-an', 502, 'Phạm Minh', vn('2026-12-02T17:00:00').toISOString(), 60],
    ])
    expect(store.state.processed).toEqual([1])
    expect(store.state.outbox).toHaveLength(1)
    const m = store.state.outbox[0]
    if (m.kind !== 'notice') throw new Error('expected a notice')
    expect(m).toMatchObject({ chatId: CHAT, replyTo: 1, code: 'roster_imported', data: { added: 3, rows: 3, duplicates: 0 } })
    const text = renderNotice(m.code, m.data, units).text.split('\n')
    expect(text.slice(0, 2)).toEqual([
      '✅ Đã nhập <b>3</b> ca trực cho 1 đơn vị, từ T2 30/11 17:00 đến T5 03/12 07:30.',
      '• VNPT Nghệ An: 3 ca mới',
    ])
    // The file covers three nights in a row: the working days' lunch breaks are the gaps left.
    expect(text).toContain('  ⚠️ Ngoài giờ chưa có người trực:')
    expect(text).toContain('   – T3 01/12 11:30 – 13:30')
    expect(text).not.toContain('   – T2 30/11 17:00 – T3 01/12 07:30')
    // Gaps are counted over the whole days the file touches: the first day's early hours and the last day's evening
    // are nobody's yet.
    expect(text).toContain('   – T2 30/11 00:00 – 07:30')
    expect(text.some((l) => l.startsWith('   – T5 03/12 17:00'))).toBe(true)
  })

  it('the same update replayed imports nothing twice', async () => {
    const { store, deps } = setup()
    await importRoster(deps, req(1), CSV_DOC, file(WEEK).fetch)
    const again = file(WEEK)
    expect(await importRoster(deps, req(1), CSV_DOC, again.fetch)).toEqual({ duplicate: true })
    expect(again.calls()).toBe(0)
    expect(store.state.shifts).toHaveLength(3)
    expect(store.state.outbox).toHaveLength(1)
  })

  it('the same file again (a new message) reports the rows already there instead of doubling them; one new row is added', async () => {
    const { store, deps } = setup()
    await importRoster(deps, req(1), CSV_DOC, file(WEEK).fetch)
    expect(await importRoster(deps, req(2), CSV_DOC, file(WEEK).fetch)).toMatchObject({ committed: true, value: { ok: true, added: 0, duplicates: 3 } })
    const same = store.state.outbox[1]
    if (same.kind !== 'notice') throw new Error('expected a notice')
    expect(renderNotice(same.code, same.data, units).text.split('\n').slice(0, 2)).toEqual([
      'Không có ca mới: cả 3 dòng trong tệp đã có trong lịch trực (T2 30/11 17:00 – T5 03/12 07:30).',
      'Đã có sẵn trong lịch trực, không nhập lại: 3 dòng (dòng 2, 3, 4).',
    ])
    const more = `${WEEK}\nvnpt-nghe-an,504,Vũ Hà,2026-12-03 17:00,2026-12-04 07:30`
    expect(await importRoster(deps, req(3), CSV_DOC, file(more).fetch)).toMatchObject({ value: { ok: true, added: 1, duplicates: 3 } })
    expect(store.state.shifts).toHaveLength(4)
  })

  it('one row overlapping a shift already in the roster: nothing is imported, the line is named', async () => {
    const { store, deps } = setup()
    await addShift(deps, req(1), { userId: 503, name: 'Lê Hùng' }, '01/12 20:00-02/12 08:00')
    const r = await importRoster(deps, req(2), CSV_DOC, file(WEEK).fetch)
    expect(r).toMatchObject({ committed: false, value: { ok: false, reason: 'import_problems', total: 1, problems: [{ line: 3, code: 'overlap_existing', detail: { shiftId: 1 } }] } })
    expect(store.state.shifts).toHaveLength(1)
    // A refusal leaves no trace: no marker (the adapter's reply records it), nothing sent.
    expect(store.state.processed).toEqual([1])
    expect(store.state.outbox).toHaveLength(1)
  })

  it('a shift added between the first look and the transaction: the check under the lock decides', async () => {
    const { store, deps } = setup()
    await addShift(deps, req(1), { userId: 503, name: 'Lê Hùng' }, '01/12 20:00-02/12 08:00')
    // The read outside the transaction is stale (the shift came in meanwhile).
    store.shiftsBetween = async () => []
    const r = await importRoster(deps, req(2), CSV_DOC, file(WEEK).fetch)
    expect(r).toMatchObject({ duplicate: false, committed: false, value: { ok: false, reason: 'import_problems', total: 1, problems: [{ line: 3, code: 'overlap_existing' }] } })
    expect(store.state.shifts).toHaveLength(1)
    expect(store.state.processed).toEqual([1])
  })

  it('a bad file: at most ten problems listed, all counted, nothing imported', async () => {
    const { store, deps } = setup()
    const bad = ['don_vi,user_id,ho_ten,bat_dau,ket_thuc', ...Array.from({ length: 14 }, (_, i) => `vnpt-nghe-an,50${i},Người ${i},2026-11-30 17:00,hôm sau`), WEEK.split('\n')[1]].join('\n')
    const r = await importRoster(deps, req(1), CSV_DOC, file(bad).fetch)
    if (r.duplicate || r.value.ok) throw new Error('expected a refusal')
    expect(r.value.total).toBe(14)
    expect(r.value.problems?.map((p) => [p.line, p.code])).toEqual(Array.from({ length: 10 }, (_, i) => [i + 2, 'bad_end']))
    expect(store.state.shifts).toEqual([])
    expect(store.state.processed).toEqual([])
  })

  it('who may import: as for /phancong; nobody else gets the file fetched', async () => {
    const { store, deps } = setup()
    const f = file(WEEK)
    expect(await importRoster(deps, req(1, member), CSV_DOC, f.fetch)).toMatchObject({ committed: false, value: { ok: false, reason: 'not_allowed' } })
    expect(f.calls()).toBe(0)
    // A leader of another unit may import only their own unit's rows.
    const other = actor({ userId: 70, unitId: 'nghe-an', isUnitLeader: true })
    expect(await importRoster(deps, req(2, other), CSV_DOC, f.fetch)).toMatchObject({ value: { ok: false, reason: 'import_problems', total: 3, problems: [{ line: 2, code: 'not_allowed' }, { line: 3 }, { line: 4 }] } })
    // A dispatcher may import for any unit, also from a private chat.
    expect(await importRoster(deps, req(3, actor({ userId: 80, isDispatcher: true })), CSV_DOC, file(WEEK).fetch)).toMatchObject({ value: { ok: true, added: 3 } })
    expect(store.state.shifts.map((s) => s.createdBy)).toEqual([80, 80, 80])
  })

  it('not a CSV, too big or not downloadable: refused before or instead of reading', async () => {
    const { store, deps } = setup()
    const f = file(WEEK)
    expect(await importRoster(deps, req(1), { fileName: 'lich-truc.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 9000 }, f.fetch))
      .toMatchObject({ value: { ok: false, reason: 'import_not_csv' } })
    expect(await importRoster(deps, req(2), { ...CSV_DOC, size: ROSTER_CSV_MAX_BYTES + 1 }, f.fetch)).toMatchObject({ value: { ok: false, reason: 'import_too_big' } })
    expect(f.calls()).toBe(0)
    expect(await importRoster(deps, req(3), CSV_DOC, file(null).fetch)).toMatchObject({ value: { ok: false, reason: 'import_download_failed' } })
    expect(store.state.shifts).toEqual([])
    expect(isCsvDocument({ fileName: 'roster.CSV', mimeType: 'application/vnd.ms-excel', size: null })).toBe(true)
    expect(isCsvDocument({ fileName: 'roster.txt', mimeType: 'text/plain', size: null })).toBe(true)
    expect(isCsvDocument({ fileName: 'roster', mimeType: 'text/csv', size: null })).toBe(true)
    expect(isCsvDocument({ fileName: 'roster.pdf', mimeType: 'text/csv', size: null })).toBe(false)
  })
})
