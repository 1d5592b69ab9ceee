// Scheduled posts from the bot as a process (issue 4). node-cron only ticks; what is due and what was posted lives in
// the database (JobRun, with the outbox), so a reminder due every minute reaches the command centre's group exactly
// once a minute:
//   (a) across a restart over a minute boundary (SIGTERM a few seconds before it, started again a few seconds after):
//       that minute's reminder goes out once, from the new process, and every minute around it once;
//   (b) with two replicas of the bot on one PostgreSQL database (only listed when TEST_DATABASE_URL is set, as CI
//       does): one polls Telegram, both run the clock, and the standby takes over polling when the poller stops.
// Real wall-clock minutes: the test waits for the boundaries it needs and asserts on what arrived, never on how fast.
// The two scenarios run side by side (each minute waited for serves both), so the file takes about two minutes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Message } from 'grammy/types'
import pg from 'pg'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { openDatabase } from '../../services/repositories/database.ts'
import { BotProcesses, configWithSchedules, freshBotDatabase, type BotProcess, type ScheduleJobYaml } from '../helpers/bot-process.ts'
import { startFakeBotApi, type FakeBotApi, type FakeChat, type FakeUser } from '../helpers/fake-bot-api.ts'

const ADMIN: FakeUser = { id: 900, first_name: 'Quản trị' }
const TTCH: FakeChat = { id: -1004000000001, type: 'supergroup', title: 'TTCH – Trực ban' }
/** One bot: every process and every fake endpoint uses this token. */
const TOKEN = '7000000042:AAFakeBotApiTokenForLocalTestsOnly'
const EVERY_MINUTE: ScheduleJobYaml = {
  id: 'e2e-every-minute', cron: '* * * * *', enabled: true, targets: ['command_centre'], kind: 'reminder', message: 'system_check',
  workingDaysOnly: false, catchUp: 'drop',
}
const REMINDER = /^⏰ (\d{2}:\d{2}) — Kiểm tra hệ thống đầu ngày/
const MINUTE = 60_000
const VN_OFFSET_MS = 7 * 3600_000

/** A minute's slot as the reminder names it: "HH:MM" in Vietnam. */
const hhmm = (slot: number): string => new Date(slot + VN_OFFSET_MS).toISOString().slice(11, 16)
/** The first minute boundary after `t`. */
const nextMinute = (t: number): number => Math.floor(t / MINUTE) * MINUTE + MINUTE
const sleepUntil = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - Date.now())))

interface Delivered {
  /** The slot the reminder names, "HH:MM". */
  slot: string
  /** When the fake Bot API accepted it (epoch ms). */
  at: number
  /** Which endpoint took it (index into the list of APIs). */
  via: number
}

/** Every reminder the fake Bot API endpoints accepted for `chat`, in order of arrival. */
function reminders(apis: FakeBotApi[], chat: FakeChat): Delivered[] {
  return apis.flatMap((api, via) => api.calls.flatMap((c) => {
    if (c.method !== 'sendMessage' || !c.response.ok || Number(c.payload.chat_id) !== chat.id) return []
    const slot = REMINDER.exec((c.response.result as Message).text ?? '')?.[1]
    return slot ? [{ slot, at: c.at, via }] : []
  })).sort((a, b) => a.at - b.at)
}

/** The bot's messages in `chat` that are neither a reminder nor the answer to /dangky: there must be none. */
function strayMessages(apis: FakeBotApi[], chat: FakeChat): string[] {
  return apis.flatMap((api) => api.messagesIn(chat.id).map((m) => m.text ?? '')).filter((t) => !REMINDER.test(t) && !t.startsWith('Đã đăng ký nhóm này'))
}

/** The minutes from the first delivered slot to `last`, one after another: what exactly-once delivery looks like. */
function everyMinute(delivered: Delivered[], last: number): string[] {
  if (delivered.length === 0) return [hhmm(last)]
  // The first slot is at most lateAfter (15 min) before its delivery: find its instant.
  let first = Math.floor(delivered[0].at / MINUTE) * MINUTE
  while (hhmm(first) !== delivered[0].slot && first > last - 20 * MINUTE) first -= MINUTE
  const out: string[] = []
  for (let t = first; t <= last; t += MINUTE) out.push(hhmm(t))
  return out
}

/** Polls until `probe` is truthy; fails early when one of `procs` exits, with its output. */
async function eventually<T>(what: string, probe: () => T | undefined | false, procs: BotProcess[], timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value) return value
    const dead = procs.find((p) => !p.running)
    if (dead) throw new Error(`${what}: ${dead.name} exited (${JSON.stringify(dead.exitStatus)})\n${dead.tail()}`)
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${procs.map((p) => p.tail(10)).join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

let configDir: string
let config: string
const cleanups: Array<() => Promise<unknown>> = []

beforeAll(() => {
  configDir = mkdtempSync(join(tmpdir(), 'trucban-sched-config-'))
  config = configWithSchedules(configDir, [EVERY_MINUTE])
})

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e: unknown) => console.error('cleanup failed:', e))
  if (configDir) rmSync(configDir, { recursive: true, force: true })
})

/** A fake Bot API endpoint for the bot, with the command centre's group in it; closed after the file. */
async function endpoint(): Promise<FakeBotApi> {
  const api = await startFakeBotApi({ token: TOKEN })
  cleanups.push(() => api.close())
  api.addChat(TTCH)
  return api
}

async function database(kind: 'pglite' | 'postgres') {
  const db = await freshBotDatabase(kind)
  cleanups.push(db.drop)
  return db
}

function processes(): BotProcesses {
  const bots = new BotProcesses()
  cleanups.push(() => bots.killAll())
  return bots
}

const startBot = (bots: BotProcesses, api: FakeBotApi, databaseUrl: string, name: string) =>
  bots.start({ token: TOKEN, apiRoot: api.apiRoot, databaseUrl, adminIds: [ADMIN.id], env: { CONFIG_FILE: config }, name })

/** The admin registers the group to the command centre through `bot`, which must be the only one running. */
async function registerCommandCentre(api: FakeBotApi, bot: BotProcess): Promise<void> {
  api.userSays(TTCH, ADMIN, '/dangky Trung tâm chỉ huy')
  await eventually('the group registered', () => api.messagesIn(TTCH.id).some((m) => m.text?.startsWith('Đã đăng ký nhóm này')), [bot], 30_000)
}

describe.concurrent('scheduled posts from bot processes: a reminder every minute, exactly once a minute', () => {
  it('a restart across a minute boundary: that minute\'s reminder goes out once, from the new process; every minute around it once', async ({ expect }) => {
    const api = await endpoint()
    const db = await database('pglite')
    const bots = processes()
    const first = startBot(bots, api, db.url, 'restart#1')
    await first.waitForLog('bot.start', 90_000)
    await registerCommandCentre(api, first)

    // The boundary to restart across: the first that leaves time to stop the bot a few seconds before it.
    let minute = nextMinute(Date.now() + 12_000)
    await sleepUntil(minute - 5_000)
    expect(await first.stop()).toEqual({ code: 0, signal: null })
    const stoppedAt = Date.now()
    // Should stopping have taken longer than that, the minute nobody was up for is the next one.
    if (stoppedAt >= minute) minute = nextMinute(stoppedAt)
    await sleepUntil(minute + 3_000)
    const second = startBot(bots, api, db.url, 'restart#2')
    await second.waitForLog('bot.start', 90_000)
    const following = minute + MINUTE
    await eventually(`the ${hhmm(following)} reminder`, () => reminders([api], TTCH).some((r) => r.slot === hhmm(following)), [second], 150_000)
    expect(await second.stop()).toEqual({ code: 0, signal: null })

    const got = reminders([api], TTCH)
    const restartMinute = got.filter((r) => r.slot === hhmm(minute))
    expect(restartMinute, `the ${hhmm(minute)} reminder (the minute of the restart)`).toHaveLength(1)
    expect(restartMinute[0].at, 'sent by the new process').toBeGreaterThan(stoppedAt)
    expect(got.map((r) => r.slot), 'one reminder a minute, none lost, none doubled').toEqual(everyMinute(got, following))
    expect(strayMessages([api], TTCH)).toEqual([])

    // The database agrees: the restart minute and the next are recorded as sent, their messages delivered.
    const stored = await (async () => {
      const d = await openDatabase(db.url)
      try {
        return {
          runs: (await d.prisma.jobRun.findMany({ where: { jobId: EVERY_MINUTE.id, slot: { gte: new Date(minute) } }, orderBy: { slot: 'asc' } }))
            .map((r) => [hhmm(r.slot.getTime()), r.status]),
          undelivered: await d.prisma.outbox.count({ where: { status: { not: 'sent' } } }),
        }
      } finally {
        await d.close()
      }
    })()
    expect(stored).toEqual({ runs: [[hhmm(minute), 'sent'], [hhmm(following), 'sent']], undelivered: 0 })
    expect(api.rejectedCalls()).toEqual([])
    expect(bots.problems(50)).toEqual([])
  }, 270_000)

  // Two processes on one database need a server: PostgreSQL only (TEST_DATABASE_URL; CI sets it).
  if (process.env.TEST_DATABASE_URL) {
    it('two replicas of one bot on one PostgreSQL: one polls, each minute\'s reminder reaches Telegram once, and the standby takes over polling', async ({ expect }) => {
      // Both processes are the same bot (one token, one Bot API). Telegram lets one connection long-poll (a second
      // getUpdates ends the first with 409 Conflict): the replicas elect the poller with an advisory lock, and the
      // other stands by with its clock jobs and outbox sender running on the same database.
      const api = await endpoint()
      const db = await database('postgres')
      const bots = processes()
      const one = startBot(bots, api, db.url, 'pg#1')
      await one.waitForLog('bot.start', 90_000)
      await registerCommandCentre(api, one)
      const two = startBot(bots, api, db.url, 'pg#2')
      await two.waitForLog('poller.standby', 90_000)
      expect(two.records('applied migration')).toEqual([])
      expect(two.records('bot.start'), 'the second replica does not poll while the first does').toEqual([])

      // Two minutes with both processes up.
      const slots = [nextMinute(Date.now()), nextMinute(Date.now()) + MINUTE]
      await eventually(`the ${hhmm(slots[1])} reminder`, () => reminders([api], TTCH).some((r) => r.slot === hhmm(slots[1])), [one, two], 150_000)

      const got = reminders([api], TTCH)
      for (const slot of slots) expect(got.filter((r) => r.slot === hhmm(slot)), `the ${hhmm(slot)} reminder`).toHaveLength(1)
      expect(got.map((r) => r.slot), 'one reminder a minute, none lost, none doubled').toEqual(everyMinute(got, slots[1]))
      expect(strayMessages([api], TTCH)).toEqual([])

      // The poller goes: the standby takes the lock and answers the next command.
      expect(await one.stop()).toEqual({ code: 0, signal: null })
      await two.waitForLog('bot.start', 60_000)
      api.userSays(TTCH, ADMIN, '/kiemtra')
      await eventually('the answer to /kiemtra from the second replica', () => api.messagesIn(TTCH.id).some((m) => /^Tự kiểm tra trucban/.test(m.text ?? '')), [two], 60_000)
      expect(await two.stop()).toEqual({ code: 0, signal: null })

      // The database agrees: one outbox row per minute, delivered; no JobRun without its post.
      const delivered = reminders([api], TTCH)
      const client = new pg.Client({ connectionString: db.url })
      await client.connect()
      try {
        const rows = await client.query<{ slot: string; status: string; n: number }>(
          `SELECT payload->'data'->>'slot' AS slot, status::text AS status, count(*)::int AS n FROM "Outbox"
           WHERE payload->>'code' = 'schedule_reminder' GROUP BY 1, 2 ORDER BY 1`)
        expect(rows.rows.map((r) => [hhmm(Date.parse(r.slot)), r.status, r.n])).toEqual(delivered.map((r) => [r.slot, 'sent', 1]))
        const runs = await client.query<{ slot: Date; status: string }>(`SELECT slot, status FROM "JobRun" WHERE "jobId" = $1 AND slot >= $2 AND slot <= $3 ORDER BY slot`, [EVERY_MINUTE.id, new Date(slots[0]), new Date(slots[1])])
        expect(runs.rows.map((r) => [hhmm(r.slot.getTime()), r.status])).toEqual(slots.map((s) => [hhmm(s), 'sent']))
      } finally {
        await client.end()
      }
      expect(api.rejectedCalls(), 'no 409 Conflict, no rejected call').toEqual([])
      expect(bots.problems(50)).toEqual([])
    }, 270_000)
  }
})
