// Benchmark: the ticket loop's use cases on a real database (report → acknowledge → start → complete → close),
// each in its own transaction with its outbox rows, as the bot runs them. Prints throughput, latency and memory.
// Usage: npx tsx scripts/bench/ticket-loop.ts [tickets=300] [DATABASE_URL, default pglite:memory]
import { loadReferenceConfig, DEFAULT_CONFIG_PATH } from '../../bot/app-config.ts'
import { openDatabase } from '../../services/repositories/database.ts'
import { createPrismaStore, syncConfigUnits } from '../../services/repositories/prisma-store.ts'
import { actOnTicket, reportTicket, type TicketRequest } from '../../services/tickets/ticket-service.ts'
import type { Actor } from '../../services/tickets/types.ts'
import { UnitDirectory } from '../../services/units/unit-directory.ts'

const N = Number(process.argv[2] ?? 300)
const url = process.argv[3] ?? 'pglite:memory'
const commune = { id: 'x-nghe-an-bench', name: 'xã Bench', kind: 'commune' as const, provinceId: 'nghe-an', parentId: 'nghe-an', aliases: [] }

const person = (userId: number, unitId: string, extra: Partial<Actor> = {}): Actor =>
  ({ userId, name: `U${userId}`, unitId, isUnitLeader: false, isAdmin: false, isDispatcher: false, inCommandCentre: false, ...extra })

async function main(): Promise<void> {
  const config = loadReferenceConfig(DEFAULT_CONFIG_PATH)
  const db = await openDatabase(url)
  await db.prisma.$executeRawUnsafe('TRUNCATE "Ticket", "TicketEvent", "Outbox", "ProcessedUpdate", "Counter" CASCADE')
  await syncConfigUnits(db.prisma, config.units)
  const store = createPrismaStore(db.prisma)
  await store.transaction((tx) => tx.insertUnit(commune))
  const deps = { store, config, units: new UnitDirectory([...config.units, commune]) }
  const reporter = person(1, commune.id)
  const vendor = person(2, 'vnpt-nghe-an')
  const centre = person(3, 'ttch', { inCommandCentre: true })
  let update = 1_000_000
  const req = (actor: Actor, messageId: number): TicketRequest => ({ updateId: ++update, now: new Date(), actor, origin: { chatId: -1, threadId: null, messageId } })
  const latencies: number[] = []
  const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    const r = await fn()
    latencies.push(performance.now() - t)
    return r
  }

  const started = performance.now()
  for (let i = 0; i < N; i++) {
    const r = await timed(() => reportTicket(deps, req(reporter, i + 1), { description: `Hệ thống TTHC lỗi đăng nhập ${i}`, sourceMessageId: i + 1, originalAuthor: null, attachments: [], mediaGroupId: null }))
    if (r.duplicate || !r.value.ok) throw new Error('report failed')
    const n = r.value.ticket.number
    for (const [actor, action] of [[vendor, 'acknowledge'], [vendor, 'start'], [vendor, 'complete'], [centre, 'close']] as const) {
      const a = await timed(() => actOnTicket(deps, req(actor, 0), n, { action }))
      if (a.duplicate || !a.value.ok) throw new Error(`${action} failed`)
    }
  }
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1)
  console.log(`database: ${db.describe}`)
  console.log(`tickets: ${N}, use cases: ${latencies.length}, ${(latencies.length / seconds).toFixed(0)} use cases/s, ${(N / seconds).toFixed(1)} full loops/s`)
  console.log(`latency per use case: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms`)
  console.log(`memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`)
  await db.close()
  process.exit(0)
}

void main()
