// /nhaplich: a roster file (CSV) sent to the bot as a Telegram document — fetched through getFile and the Bot API's
// file endpoint of the fake Bot API, imported all or nothing, answered in Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, GROUPS, startHarness, type Harness } from '../helpers/bot-harness.ts'
import type { FakeChat, FakeUser, UserDocumentOptions } from '../helpers/fake-bot-api.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const vnptLead: FakeUser = { id: 503, first_name: 'Hùng', last_name: 'Lê' }
const member: FakeUser = { id: 504, first_name: 'Hà', last_name: 'Vũ' }
const vn = (s: string) => new Date(`${s}+07:00`)

/** Next week's nights at VNPT Nghệ An, as Excel in a Vietnamese locale saves it: BOM, semicolons, CRLF. */
const WEEK = '\uFEFFĐơn vị;User ID;Họ tên;Bắt đầu;Kết thúc\r\n'
  + 'vnpt-nghe-an;502;Phạm Minh;30/11/2026 17:00;01/12/2026 07:30\r\n'
  + 'vnpt-nghe-an;505;Đỗ Nam;01/12/2026 17:00;02/12/2026 07:30\r\n'
  + 'VNPT Nghệ An;502;Phạm Minh;02/12/2026 17:00;03/12/2026 07:30\r\n'

const BAD = [
  'don_vi,user_id,ho_ten,bat_dau,ket_thuc',
  'vnpt-nghe-an,506,Trần Lan,2026-12-03 17:00,2026-12-04 07:30',
  'vnpt-ha-giang,507,Lê Văn,2026-12-03 17:00,2026-12-04 07:30',
  'vnpt-nghe-an,abc,Lê Văn,2026-12-03 17:00,2026-12-04 07:30',
  'vnpt-nghe-an,502,Phạm Minh,2026-12-01 06:00,2026-12-01 09:00',
].join('\n')

for (const kind of TEST_DATABASES) {
  describe(`/nhaplich: importing a roster file [${kind}]`, () => {
    let h: Harness
    const last = (chat: FakeChat) => h.api.lastMessageIn(chat.id)?.text ?? ''
    const send = (chat: FakeChat, who: FakeUser, options: UserDocumentOptions) => h.play(h.api.userSendsDocument(chat, who, options))
    const shifts = () => h.db.prisma.shift.count()

    beforeAll(async () => {
      h = await startHarness(kind)
      h.api.setChatAdministrators(GROUPS.vnpt.id, [vnptLead])
      await h.registerGroups('ttch', 'vnpt', 'ngheAn')
      h.setNow(vn('2026-11-27T10:00:00')) // Friday
    })
    afterAll(() => h?.close())

    it("the unit's leader sends the file with the caption /nhaplich: fetched, imported, answered", async () => {
      const downloadsBefore = h.api.callsOf('downloadFile').length
      const update = await send(GROUPS.vnpt, vnptLead, { file_name: 'lich-truc-tuan-sau.csv', content: WEEK, caption: '/nhaplich' })
      expect(h.api.callsOf('getFile').at(-1)?.response.ok).toBe(true)
      expect(h.api.callsOf('downloadFile').slice(downloadsBefore).map((c) => c.response.ok)).toEqual([true])
      const reply = h.api.lastMessageIn(GROUPS.vnpt.id)!
      expect(reply.reply_to_message?.message_id).toBe(update.message!.message_id)
      expect(reply.text!.split('\n').slice(0, 2)).toEqual([
        '✅ Đã nhập 3 ca trực cho 1 đơn vị, từ T2 30/11 17:00 đến T5 03/12 07:30.',
        '• VNPT Nghệ An: 3 ca mới',
      ])
      expect(reply.text).toContain('   – T3 01/12 11:30 – 13:30')
      const rows = await h.db.prisma.shift.findMany({ orderBy: { id: 'asc' } })
      expect(rows.map((s) => [s.unitId, Number(s.userId), s.userName, s.startsAt.toISOString(), Number(s.createdBy)])).toEqual([
        ['vnpt-nghe-an', 502, 'Phạm Minh', vn('2026-11-30T17:00:00').toISOString(), vnptLead.id],
        ['vnpt-nghe-an', 505, 'Đỗ Nam', vn('2026-12-01T17:00:00').toISOString(), vnptLead.id],
        ['vnpt-nghe-an', 502, 'Phạm Minh', vn('2026-12-02T17:00:00').toISOString(), vnptLead.id],
      ])

      // Telegram delivers the same update again (a crash before the offset was confirmed): nothing twice.
      const messages = h.api.messagesIn(GROUPS.vnpt.id).length
      await h.play(update)
      expect(h.api.messagesIn(GROUPS.vnpt.id)).toHaveLength(messages)
      expect(await shifts()).toBe(3)
    })

    it('the same file again, as a reply /nhaplich to it: the rows already there are named, nothing doubled', async () => {
      const doc = await send(GROUPS.vnpt, vnptLead, { file_name: 'lich-truc-tuan-sau.csv', content: WEEK })
      expect(h.api.callsOf('getFile').filter((c) => c.payload.file_id === doc.message!.document!.file_id)).toHaveLength(0)
      await h.play(h.api.userSays(GROUPS.vnpt, vnptLead, '/nhaplich', { reply_to: doc.message!.message_id }))
      expect(last(GROUPS.vnpt).split('\n').slice(0, 2)).toEqual([
        'Không có ca mới: cả 3 dòng trong tệp đã có trong lịch trực (T2 30/11 17:00 – T5 03/12 07:30).',
        'Đã có sẵn trong lịch trực, không nhập lại: 3 dòng (dòng 2, 3, 4).',
      ])
      expect(await shifts()).toBe(3)
    })

    it('a bad file is answered with its problems line by line, and nothing changes', async () => {
      const before = await h.db.prisma.shift.findMany({ orderBy: { id: 'asc' } })
      await send(GROUPS.vnpt, vnptLead, { file_name: 'lich.csv', content: BAD, caption: '/nhaplich' })
      expect(last(GROUPS.vnpt).split('\n')).toEqual([
        '❌ Chưa nhập lịch trực: tệp có 3 lỗi nên chưa ca nào được nhập. Sửa tệp rồi gửi lại.',
        '• Dòng 3: không có đơn vị «vnpt-ha-giang» (ghi mã đơn vị, ví dụ vnpt-nghe-an, hoặc đúng tên đơn vị).',
        '• Dòng 4: «abc» không phải mã người dùng Telegram (user_id là một số dương).',
        '• Dòng 5: ca của người này trùng thời gian với ca 1 đã có (T2 30/11 17:00 – T3 01/12 07:30).',
      ])
      expect(await h.db.prisma.shift.findMany({ orderBy: { id: 'asc' } })).toEqual(before)
    })

    it('a member may not import: refused without fetching the file', async () => {
      const getFiles = h.api.callsOf('getFile').length
      await send(GROUPS.vnpt, member, { file_name: 'lich.csv', content: WEEK, caption: '/nhaplich' })
      expect(last(GROUPS.vnpt)).toBe('Chỉ quản trị viên, điều phối viên hoặc lãnh đạo đơn vị (quản trị nhóm) mới phân công trực được.')
      expect(h.api.callsOf('getFile')).toHaveLength(getFiles)
    })

    it('no document, a spreadsheet, a file too large: each gets its answer', async () => {
      const getFiles = h.api.callsOf('getFile').length
      await h.play(h.api.userSays(GROUPS.vnpt, vnptLead, '/nhaplich'))
      expect(last(GROUPS.vnpt)).toContain('Cách nhập lịch trực từ tệp CSV: gửi tệp kèm chú thích /nhaplich')
      await send(GROUPS.vnpt, vnptLead, { file_name: 'lich.xlsx', caption: '/nhaplich' })
      expect(last(GROUPS.vnpt)).toContain('Tệp này không phải CSV.')
      await send(GROUPS.vnpt, vnptLead, { file_name: 'lich.csv', file_size: 300 * 1024, caption: '/nhaplich' })
      expect(last(GROUPS.vnpt)).toBe('Tệp lớn quá 256 KB: hãy chia thành nhiều tệp.')
      expect(h.api.callsOf('getFile')).toHaveLength(getFiles)
      expect(await shifts()).toBe(3)
    })

    it('an admin imports for several units from a private chat; /lichtruc then shows the shifts', async () => {
      const me: FakeChat = { id: ADMIN.id, type: 'private' }
      const file = [
        'don_vi,user_id,ho_ten,bat_dau,ket_thuc',
        'nghe-an,601,Trần Lan,2026-12-01 17:00,2026-12-02 07:30',
        'ttch-dn,602,Vũ Hải,2026-12-01 17:00,2026-12-02 07:30',
      ].join('\n')
      await send(me, ADMIN, { file_name: 'ca-dem.csv', content: file, caption: '/nhaplich' })
      expect(last(me).split('\n')[0]).toBe('✅ Đã nhập 2 ca trực cho 2 đơn vị, từ T3 01/12 17:00 đến T4 02/12 07:30.')
      expect(await shifts()).toBe(5)
      h.setNow(vn('2026-11-30T09:00:00'))
      await h.play(h.api.userSays(GROUPS.ngheAn, member, '/lichtruc'))
      expect(last(GROUPS.ngheAn)).toContain('T3 01/12 17:00 – T4 02/12 07:30 · Trần Lan')
      expect(h.api.rejectedCalls()).toEqual([])
    })
  })
}
