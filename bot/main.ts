import { existsSync } from 'node:fs'
import { openDatabase } from '../services/repositories/database.ts'
import { createPrismaOutbox, createPrismaStore, syncConfigUnits } from '../services/repositories/prisma-store.ts'
import { communeUnitId, UnitDirectory } from '../services/units/unit-directory.ts'
import { ConfigError, loadReferenceConfig } from './app-config.ts'
import { EnvError, readEnv } from './config.ts'
import { createBot } from './create-bot.ts'
import { startJobs } from './jobs.ts'
import { createLogger } from './logger.ts'
import { vi } from './messages/vi.ts'

/** How long shutdown may take before the process exits anyway (an unreachable API must not hang it). */
const SHUTDOWN_DEADLINE_MS = 10_000
/** How often a standby replica tries to become the one that polls Telegram. */
const POLLER_RETRY_MS = 5_000

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env')
  const env = readEnv(process.env)
  const logger = createLogger(env.LOG_LEVEL)
  const config = loadReferenceConfig(env.CONFIG_FILE)
  const db = await openDatabase(env.DATABASE_URL, { log: (msg, data) => logger.info({ msg, ...data }) })
  logger.info({ msg: 'db.ready', db: db.describe })
  await syncConfigUnits(db.prisma, config.units)
  const store = createPrismaStore(db.prisma)
  const units = new UnitDirectory([...config.units, ...(await store.runtimeUnits())])
  const deps = {
    store, outbox: createPrismaOutbox(db.prisma), config, configFile: env.CONFIG_FILE, dbKind: db.describe, units, communeUnitId,
    adminIds: env.ADMIN_IDS, logger, now: () => new Date(),
  }
  const { bot, sender, pacer } = createBot(env.BOT_TOKEN, deps, { apiRoot: env.TELEGRAM_API_ROOT })
  // What the previous run sent in the last minute still counts against Telegram's per-group limit.
  const recent = await deps.outbox.recentSends(new Date(Date.now() - 60_000))
  pacer.seed(recent)
  logger.info({ msg: 'pacer.seeded', messages: recent.length })
  await bot.init()
  await bot.api.setMyCommands(vi.commands.map((c) => ({ ...c })))
  sender.start()
  const jobs = startJobs(deps, sender)
  // The minute the process starts in is due like any other. node-cron first ticks at the next minute, when a job due
  // every minute has a later slot, and the planner posts only a job's latest slot: a restart across a minute boundary
  // would lose that minute's post. Take this minute now (what was already done, the database says).
  await jobs.tick()
  await jobs.schedules()

  let stopping = false
  const stopHooks: Array<() => Promise<void>> = []
  const shutdown = async (signal: string, code = 0) => {
    if (stopping) return
    stopping = true
    logger.info({ msg: 'shutdown', signal })
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref()
    await bot.stop().catch(() => undefined)
    await jobs.stop()
    await sender.stop()
    for (const hook of stopHooks) await hook().catch(() => undefined)
    await db.close()
    process.exit(code)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))

  // One process of a deployment polls Telegram (a second getUpdates would end the first with 409 Conflict); the
  // others stand by with their clock jobs and outbox senders running, and take over when the poller goes.
  const poller = db.pollerLock()
  stopHooks.push(() => poller.release())
  let standbyLogged = false
  while (!stopping && !(await poller.tryAcquire().catch((e: unknown) => {
    logger.warn({ msg: 'poller.lock_failed', err: e })
    return false
  }))) {
    if (!standbyLogged) logger.info({ msg: 'poller.standby', retryMs: POLLER_RETRY_MS })
    standbyLogged = true
    await new Promise((resolve) => setTimeout(resolve, POLLER_RETRY_MS))
  }
  if (stopping) return
  void poller.lost.then((e) => {
    // Another replica may be polling already: stop rather than fight it; the supervisor starts this one again.
    logger.error({ msg: 'poller.lock_lost', err: e })
    void shutdown('poller lock lost', 1)
  })

  logger.info({ msg: 'bot.start', username: bot.botInfo.username, units: units.all().length })
  // grammY's own loop handles updates one by one and confirms an offset only with the next getUpdates call,
  // that is after the update's handling (and its transaction) has finished.
  await bot.start({ allowed_updates: ['message', 'callback_query', 'my_chat_member'], drop_pending_updates: false })
}

main().catch((e: unknown) => {
  if (e instanceof EnvError || e instanceof ConfigError) {
    console.error(`trucban: cấu hình không hợp lệ / invalid configuration: ${e.message}`)
  } else {
    console.error('trucban: failed to start:', e)
  }
  process.exit(1)
})
