import { it } from 'vitest'
import { ADMIN, GROUPS, startHarness } from '../helpers/bot-harness.ts'
it('dbg', async () => {
  const h = await startHarness('pglite')
  try {
    await h.register(GROUPS.vnpt, 'VNPT Nghệ An')
    await h.register(GROUPS.dienChau, 'xã Diễn Châu, Nghệ An')
    await h.play(h.api.userSays(GROUPS.dienChau, { id: 5, first_name: 'A' }, '/baocao Hệ thống một cửa TTHC không đăng nhập được từ 7h, báo lỗi 502 <script>'))
    console.log(await h.db.prisma.chat.findMany(), await h.db.prisma.ticket.findMany(), (await h.db.prisma.outbox.findMany()).map(o => [o.status, o.lastError, o.payload]))
  } finally { await h.close() }
})
