import type { Update } from 'grammy/types'
import { createBot } from '../../bot/create-bot.ts'
import { createLogger } from '../../bot/logger.ts'
import type { ReferenceConfig } from '../../services/config/types.ts'
import type { DatabaseKind } from '../../services/repositories/database.ts'
import { runSlaTick } from '../../services/sla/sla-tick.ts'
import { createPrismaOutbox, createPrismaStore, syncConfigUnits } from '../../services/repositories/prisma-store.ts'
import { communeUnitId, UnitDirectory } from '../../services/units/unit-directory.ts'
import { startFakeBotApi, type FakeBotApiOptions, type FakeChat, type FakeUser } from './fake-bot-api.ts'
import { shippedConfig } from './fixtures.ts'
import { createTestDatabase } from './test-db.ts'

export const ADMIN: FakeUser = { id: 900, first_name: 'Quản trị' }

export const GROUPS = {
  ttch: { id: -1001000000001, type: 'supergroup', title: 'TTCH – Trực ban' },
  ngheAn: { id: -1001000000002, type: 'supergroup', title: 'Đầu mối CĐS tỉnh Nghệ An' },
  vnpt: { id: -1001000000003, type: 'supergroup', title: 'VNPT Nghệ An – Tổ đối ứng' },
  dienChau: { id: -1001000000004, type: 'supergroup', title: 'Tổ ứng cứu xã Diễn Châu' },
  thanhHoa: { id: -1001000000005, type: 'supergroup', title: 'Đầu mối CĐS Thanh Hóa' },
  forum: { id: -1001000000006, type: 'supergroup', title: 'Sở KHCN Nghệ An (forum)', is_forum: true },
} satisfies Record<string, FakeChat>

export interface HarnessOptions {
  /** Options of the fake Bot API (e.g. canReadAllGroupMessages: false for a bot in privacy mode). */
  api?: FakeBotApiOptions
  /** The configuration (default: the shipped one), e.g. with shortened SLAs. */
  config?: ReferenceConfig
}

/** What the admin types after /dangky for each of the groups above. */
export const GROUP_UNITS = {
  ttch: 'Trung tâm chỉ huy', ngheAn: 'Nghệ An', vnpt: 'VNPT Nghệ An', dienChau: 'xã Diễn Châu, Nghệ An', thanhHoa: 'Thanh Hóa',
} as const

/**
 * The real grammY bot on a real database, talking HTTP to the fake Bot API. Updates are handed to the bot
 * directly (no polling), then the outbox is drained, so each step's API calls are complete when `play` returns.
 */
export async function startHarness(kind: DatabaseKind = 'pglite', options: HarnessOptions = {}) {
  const api = await startFakeBotApi({ rateLimits: false, ...options.api })
  const db = await createTestDatabase(kind)
  const config = options.config ?? shippedConfig()
  await syncConfigUnits(db.prisma, config.units)
  const store = createPrismaStore(db.prisma)
  let now = new Date('2026-11-25T02:00:00Z')
  const deps = {
    store, outbox: createPrismaOutbox(db.prisma), config, configFile: 'config/trucban.yaml', dbKind: db.describe,
    units: new UnitDirectory(config.units), communeUnitId, adminIds: new Set([ADMIN.id]), logger: createLogger('silent'), now: () => now,
  }
  const { bot, sender } = createBot(api.token, deps, { apiRoot: api.apiRoot, throttle: false })
  await bot.init()
  for (const chat of Object.values(GROUPS)) api.addChat(chat)

  return {
    api, db, bot, sender, deps,
    setNow(d: Date) { now = d },
    async play(update: Update) {
      await bot.handleUpdate(update)
      await sender.flush()
      return update
    },
    /** One SLA tick at the harness's now, as the minute job runs it, then delivery. */
    async tick() {
      const result = await runSlaTick(deps, now)
      await sender.flush()
      return result
    },
    /** Registers the named groups to their usual units, as the admin would. */
    async registerGroups(...names: Array<keyof typeof GROUP_UNITS>) {
      for (const name of names) await this.register(GROUPS[name], GROUP_UNITS[name])
    },
    /** Registers a group to a unit as the admin would, and returns the group. */
    async register(chat: FakeChat, unitText: string) {
      await this.play(api.userSays(chat, ADMIN, `/dangky ${unitText}`))
      return chat
    },
    async close() {
      await sender.stop()
      await db.close()
      await api.close()
    },
  }
}

export type Harness = Awaited<ReturnType<typeof startHarness>>
