// `npm start` on each database the suite covers: the embedded PGlite and, with TEST_DATABASE_URL, a real
// PostgreSQL server (a fresh database, created and dropped here). The bot runs as a process against the fake Bot API.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BotProcesses, configWithoutSchedules } from '../helpers/bot-process.ts'
import { startFakeBotApi, type FakeBotApi, type FakeChat, type FakeUser } from '../helpers/fake-bot-api.ts'
import { TEST_DATABASES } from '../helpers/test-db.ts'

const admin: FakeUser = { id: 7001, first_name: 'Quản trị' }
const province: FakeChat = { id: -1003000000001, type: 'supergroup', title: 'Đầu mối CĐS Hà Tĩnh' }
const privateChat: FakeChat = { id: admin.id, type: 'private' }

async function eventually<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** A database URL for the bot, and how to remove it afterwards. */
async function freshDatabase(kind: 'pglite' | 'postgres'): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'trucban-start-'))
    return { url: `pglite:${join(dir, 'pglite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const server = new URL(process.env.TEST_DATABASE_URL!)
  const name = `trucban_e2e_${process.pid}`
  const admin = new pg.Client({ connectionString: server.href })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name}`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(server.href)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: server.href })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

for (const kind of TEST_DATABASES) {
  describe(`npm start on ${kind}`, () => {
    let api: FakeBotApi
    let database: Awaited<ReturnType<typeof freshDatabase>>
    let configDir: string
    const bots = new BotProcesses()
    const start = () => bots.start({ token: api.token, apiRoot: api.apiRoot, databaseUrl: database.url, adminIds: [admin.id], env: { CONFIG_FILE: configWithoutSchedules(configDir) } })

    beforeAll(async () => {
      api = await startFakeBotApi()
      database = await freshDatabase(kind)
      configDir = mkdtempSync(join(tmpdir(), 'trucban-config-'))
    })
    afterAll(async () => {
      await bots.killAll()
      await api?.close()
      await database?.drop()
      if (configDir) rmSync(configDir, { recursive: true, force: true })
    })

    it('migrates the new database, answers /start, registers a group and takes a report; a second start migrates nothing', async () => {
      const bot = start()
      await bot.waitForLog('bot.start', 90_000)
      expect(bot.records('applied migration').length).toBeGreaterThan(0)
      expect(bot.records('db.ready')[0]?.db).toContain(kind === 'pglite' ? 'PGlite' : 'PostgreSQL')

      api.userSays(privateChat, admin, '/start')
      expect((await eventually('/start answered', () => api.lastMessageIn(privateChat.id)))?.text).toContain('Xin chào')
      api.addChat(province)
      api.userSays(province, admin, '/dangky Hà Tĩnh')
      await eventually('registered', () => api.lastMessageIn(province.id)?.text?.includes('Đã đăng ký'))
      api.userSays(province, admin, '/baocao Cán bộ phường chưa biết cách ký số văn bản trên hệ thống quản lý văn bản')
      const card = await eventually('the card', () => api.messagesIn(province.id).find((m) => m.text?.startsWith('Phiếu #1 ')))
      expect(card.text).toContain('Hà Tĩnh')
      expect(await bot.stop()).toEqual({ code: 0, signal: null })

      const again = start()
      await again.waitForLog('bot.start', 90_000)
      expect(again.records('applied migration')).toEqual([])
      api.userSays(province, admin, '/phieu 1')
      await eventually('/phieu 1 after the restart', () => api.messagesIn(province.id).filter((m) => m.text?.startsWith('Phiếu #1 ')).length === 2)
      expect(await again.stop()).toEqual({ code: 0, signal: null })
      expect(api.rejectedCalls()).toEqual([])
      expect(bots.problems(50)).toEqual([])
    }, 240_000)
  })
}
