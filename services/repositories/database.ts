// Opens the bot's database: embedded PGlite by default, a PostgreSQL server when DATABASE_URL says so.
// Both go through the same generated client and are migrated before the client is handed out.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from './generated/prisma/client.ts'
import { applyMigrations, pgliteSession, pgSession, type SqlSession } from './migrations.ts'

export type DatabaseKind = 'pglite' | 'postgres'

export interface Database {
  prisma: PrismaClient
  kind: DatabaseKind
  /** Human-readable location, safe to log (no password). */
  describe: string
  /** The lock that lets one process of a deployment poll Telegram (see PollerLock). */
  pollerLock(): PollerLock
  close(): Promise<void>
}

/**
 * Telegram lets one connection long-poll a bot: a second getUpdates ends the first with 409 Conflict. Replicas on
 * one PostgreSQL therefore elect a poller: the process holding a session-level advisory lock polls, the others
 * stand by (their clock jobs and outbox senders still run) and take over within a retry interval when the poller's
 * session ends — a clean stop, a crash or a lost connection. Embedded PGlite serves one process: it always polls.
 */
export interface PollerLock {
  /** True when this process holds the lock (now or already). */
  tryAcquire(): Promise<boolean>
  /** Settles when a held lock is lost (the database session ended under it); never for PGlite. */
  readonly lost: Promise<Error>
  release(): Promise<void>
}

/** Any constant: the key of the advisory lock held by the process that polls Telegram. */
const POLLER_LOCK_KEY = 74_201

const ALWAYS_HELD: PollerLock = { tryAcquire: async () => true, lost: new Promise<Error>(() => undefined), release: async () => undefined }

function postgresPollerLock(url: string): PollerLock {
  let client: pg.Client | null = null
  let held = false
  let onLost: (e: Error) => void = () => undefined
  const lost = new Promise<Error>((resolve) => { onLost = resolve })
  const drop = (e: Error): void => {
    const wasHeld = held
    held = false
    client = null
    if (wasHeld) onLost(e)
  }
  return {
    lost,
    async tryAcquire() {
      if (held) return true
      if (client === null) {
        const c = new pg.Client({ connectionString: url, keepAlive: true })
        c.on('error', (e) => drop(e))
        c.on('end', () => drop(new Error('the poller lock session ended')))
        await c.connect()
        client = c
      }
      const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [POLLER_LOCK_KEY])
      held = r.rows[0]?.ok === true
      return held
    },
    async release() {
      const c = client
      held = false
      client = null
      // Ending the session releases its advisory locks.
      await c?.end().catch(() => undefined)
    },
  }
}

export type DatabaseLog = (msg: string, data?: object) => void

export interface OpenOptions {
  log?: DatabaseLog
  /** Migrations directory; defaults to the repository's prisma/migrations. */
  migrationsDir?: string
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string }

export const DEFAULT_PGLITE_DIR = './data/pglite'

// PGlite is a single connection: a long interactive transaction blocks every other query, so keep them short.
const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 10_000 }

export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim() ?? ''
  if (value === '') return { kind: 'pglite', dataDir: resolve(DEFAULT_PGLITE_DIR) }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value }
  if (value.startsWith('pglite:')) {
    const dir = value.slice('pglite:'.length)
    if (dir === 'memory') return { kind: 'pglite', dataDir: null }
    return { kind: 'pglite', dataDir: resolve(dir === '' ? DEFAULT_PGLITE_DIR : dir) }
  }
  throw new Error(
    `Unsupported DATABASE_URL "${value}": use postgres://…, postgresql://…, pglite:<dir>, pglite:memory, or leave it unset`,
  )
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.dataDir === null ? 'PGlite (in memory)' : `PGlite at ${target.dataDir}`
  const url = new URL(target.url)
  return `PostgreSQL at ${url.host}${url.pathname}`
}

export async function openPGlite(dataDir: string | null): Promise<PGlite> {
  if (dataDir === null) return PGlite.create()
  // PGlite does not create parent directories, and its ENOENT escapes try/catch.
  mkdirSync(dirname(dataDir), { recursive: true })
  return PGlite.create(dataDir)
}

/** Runs fn with one raw SQL session on the target, for migrations and status; no Prisma involved. */
export async function withSqlSession<T>(target: DatabaseTarget, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  if (target.kind === 'pglite') {
    const db = await openPGlite(target.dataDir)
    try {
      return await fn(pgliteSession(db))
    } finally {
      await db.close()
    }
  }
  const client = new pg.Client({ connectionString: target.url })
  await client.connect()
  try {
    return await fn(pgSession(client))
  } finally {
    await client.end()
  }
}

/**
 * Wraps an already open PGlite (e.g. a test clone): migrates it and builds the client on top.
 * Takes ownership: the PGlite is closed by `close()`, or right away if migrating fails.
 */
export async function openDatabaseFromPGlite(db: PGlite, opts: OpenOptions & { describe?: string } = {}): Promise<Database> {
  try {
    await applyMigrations(pgliteSession(db), { dir: opts.migrationsDir, log: opts.log })
  } catch (error) {
    await db.close()
    throw error
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db), transactionOptions: TRANSACTION_OPTIONS })
  return {
    prisma,
    kind: 'pglite',
    describe: opts.describe ?? 'PGlite',
    pollerLock: () => ALWAYS_HELD,
    async close() {
      await prisma.$disconnect()
      await db.close()
    },
  }
}

async function openPostgres(url: string, opts: OpenOptions): Promise<Database> {
  const target: DatabaseTarget = { kind: 'postgres', url }
  await withSqlSession(target, (session) => applyMigrations(session, { dir: opts.migrationsDir, log: opts.log }))
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    transactionOptions: TRANSACTION_OPTIONS,
  })
  return {
    prisma,
    kind: 'postgres',
    describe: describeTarget(target),
    pollerLock: () => postgresPollerLock(url),
    close: () => prisma.$disconnect(),
  }
}

export async function openDatabase(url: string | undefined, opts: OpenOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(url)
  const describe = describeTarget(target)
  opts.log?.('opening database', { database: describe })
  if (target.kind === 'postgres') return openPostgres(target.url, opts)
  return openDatabaseFromPGlite(await openPGlite(target.dataDir), { ...opts, describe })
}
