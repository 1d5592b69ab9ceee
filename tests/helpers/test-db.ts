// Fresh databases for tests. PGlite: in-memory clones of one template per process (a fresh PGlite costs ~3 s,
// a clone a fraction of that). PostgreSQL (only when TEST_DATABASE_URL is set): a uniquely named database on
// that server, dropped on close.
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { afterAll, beforeAll, describe } from 'vitest'
import {
  openDatabase,
  openDatabaseFromPGlite,
  type Database,
  type DatabaseKind,
} from '../../services/repositories/database.ts'
import { applyMigrations, pgliteSession, pgSession, type SqlSession } from '../../services/repositories/migrations.ts'

export type { Database, DatabaseKind }

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL

export const TEST_DATABASES: DatabaseKind[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

/** A raw connection to a database that has no tables at all, for testing the migration applier itself. */
export interface BlankDatabase {
  session: SqlSession
  /** A second, independent connection to the same database (PostgreSQL only; PGlite has one connection). */
  connect?: () => Promise<{ session: SqlSession; close(): Promise<void> }>
  close(): Promise<void>
}

interface PGliteTemplates {
  blank: Blob
  migrated: Blob
}

let templates: Promise<PGliteTemplates> | undefined

async function buildTemplates(): Promise<PGliteTemplates> {
  const db = await PGlite.create()
  try {
    const blank = await db.dumpDataDir('none')
    await applyMigrations(pgliteSession(db))
    return { blank, migrated: await db.dumpDataDir('none') }
  } finally {
    await db.close()
  }
}

async function clonePGlite(which: keyof PGliteTemplates): Promise<PGlite> {
  templates ??= buildTemplates()
  return PGlite.create({ loadDataDir: (await templates)[which] })
}

let postgresCounter = 0

function requirePostgresUrl(): string {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set: PostgreSQL tests cannot run')
  return TEST_DATABASE_URL
}

async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requirePostgresUrl() })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Creates an empty database on the test server; returns its URL and a function that drops it. */
async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `trucban_test_${process.pid}_${++postgresCounter}`
  // A leftover of an earlier run whose pid was reused would make CREATE fail.
  await withAdminClient(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${name}"`)
  })
  const url = new URL(requirePostgresUrl())
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => withAdminClient((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  }
}

async function connectPostgres(url: string): Promise<{ session: SqlSession; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return { session: pgSession(client), close: () => client.end() }
}

/** A fresh, migrated, empty database. Call `close()` when done (drops the PostgreSQL database). */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') return openDatabaseFromPGlite(await clonePGlite('migrated'), { describe: 'PGlite (test clone)' })
  const created = await createPostgresDatabase()
  try {
    const db = await openDatabase(created.url)
    return {
      ...db,
      async close() {
        await db.close()
        await created.drop()
      },
    }
  } catch (error) {
    await created.drop()
    throw error
  }
}

/** A fresh database with nothing in it, not even `_prisma_migrations`. */
export async function createBlankDatabase(kind: DatabaseKind): Promise<BlankDatabase> {
  if (kind === 'pglite') {
    const db = await clonePGlite('blank')
    return { session: pgliteSession(db), close: () => db.close() }
  }
  const created = await createPostgresDatabase()
  const extra: Array<{ close(): Promise<void> }> = []
  const main = await connectPostgres(created.url)
  return {
    session: main.session,
    async connect() {
      const connection = await connectPostgres(created.url)
      extra.push(connection)
      return connection
    },
    async close() {
      await Promise.all([main, ...extra].map((c) => c.close()))
      await created.drop()
    },
  }
}

/** Runs `fn` once per database kind in TEST_DATABASES, each in its own describe with a fresh database. */
export function describeEachDatabase(name: string, fn: (getDb: () => Database) => void): void {
  for (const kind of TEST_DATABASES) {
    describe(`${name} [${kind}]`, () => {
      let db: Database | undefined
      beforeAll(async () => {
        db = await createTestDatabase(kind)
      })
      afterAll(async () => {
        await db?.close()
      })
      fn(() => {
        if (!db) throw new Error('the test database is not open yet: call getDb() inside a test or hook')
        return db
      })
    })
  }
}
