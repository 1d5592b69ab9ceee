// Start-up migration applier: runs prisma/migrations/*/migration.sql in name order and records each one in
// `_prisma_migrations` the way `prisma migrate deploy` does, so the official CLI can take over the same database.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PGlite } from '@electric-sql/pglite'
import type pg from 'pg'

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations/', import.meta.url))

// Prisma's own lock key, so our applier and `prisma migrate deploy` exclude each other.
const ADVISORY_LOCK_KEY = 72707369

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

/** One connection: the advisory lock is per session, so lock and scripts must share it. */
export interface SqlSession {
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>
  /** Runs a multi-statement script as one simple query, i.e. one implicit transaction. */
  exec(script: string): Promise<void>
}

export interface LocalMigration {
  name: string
  sql: string
  checksum: string
}

export interface MigrationRow {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
  logs: string | null
}

export interface MigrationStatus {
  applied: string[]
  pending: LocalMigration[]
  failed: MigrationRow[]
  edited: string[]
  /** Applied in the database but absent from the directory (e.g. an older build). */
  unknown: string[]
}

export interface ApplyOptions {
  dir?: string
  log?: (msg: string, data?: object) => void
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

export function pgliteSession(db: PGlite): SqlSession {
  return {
    query: async <T extends object>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (script) => {
      await db.exec(script)
    },
  }
}

export function pgSession(client: pg.Client): SqlSession {
  return {
    query: async <T extends object>(sql: string, params?: unknown[]) =>
      (await client.query<T & pg.QueryResultRow>(sql, params)).rows,
    exec: async (script) => {
      await client.query(script)
    },
  }
}

function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex')
}

export function readLocalMigrations(dir: string = MIGRATIONS_DIR): LocalMigration[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: checksumOf(sql) }
    })
}

async function readMigrationRows(session: SqlSession): Promise<MigrationRow[]> {
  const [{ exists }] = await session.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  )
  if (!exists) return []
  return session.query<MigrationRow>(
    `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at", "logs"
       FROM "_prisma_migrations" ORDER BY "started_at"`,
  )
}

function compareMigrations(local: LocalMigration[], rows: MigrationRow[]): MigrationStatus {
  const live = rows.filter((row) => row.rolled_back_at === null)
  const done = new Map(live.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]))
  const localNames = new Set(local.map((m) => m.name))
  return {
    applied: [...done.keys()],
    pending: local.filter((m) => !done.has(m.name)),
    failed: live.filter((row) => row.finished_at === null),
    edited: local.filter((m) => done.has(m.name) && done.get(m.name)!.checksum !== m.checksum).map((m) => m.name),
    unknown: [...done.keys()].filter((name) => !localNames.has(name)),
  }
}

export async function getMigrationStatus(session: SqlSession, dir: string = MIGRATIONS_DIR): Promise<MigrationStatus> {
  return compareMigrations(readLocalMigrations(dir), await readMigrationRows(session))
}

function refuseUnsafeHistory(status: MigrationStatus): void {
  if (status.failed.length > 0) {
    const names = status.failed.map((row) => row.migration_name).join(', ')
    throw new MigrationError(
      `Refusing to start: migration ${names} failed earlier and is recorded as failed in _prisma_migrations. ` +
        `Fix the database by hand, then mark it rolled back (UPDATE "_prisma_migrations" SET "rolled_back_at" = now() ` +
        `WHERE "migration_name" = '…' AND "finished_at" IS NULL) and restart.\nRecorded error:\n${status.failed[0].logs ?? ''}`,
    )
  }
  if (status.edited.length > 0) {
    throw new MigrationError(
      `Refusing to start: migration ${status.edited.join(', ')} was modified after it was applied ` +
        `(checksum differs from _prisma_migrations). Restore the original migration.sql and add a new migration instead.`,
    )
  }
}

async function applyOne(session: SqlSession, migration: LocalMigration): Promise<void> {
  const id = randomUUID()
  await session.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "started_at", "migration_name") VALUES ($1, $2, now(), $3)`,
    [id, migration.checksum, migration.name],
  )
  try {
    await session.exec(migration.sql)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await session.query(`UPDATE "_prisma_migrations" SET "logs" = $2 WHERE "id" = $1`, [id, message])
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${message}`, { cause: error })
  }
  await session.query(
    `UPDATE "_prisma_migrations" SET "applied_steps_count" = "applied_steps_count" + 1 WHERE "id" = $1`,
    [id],
  )
  await session.query(`UPDATE "_prisma_migrations" SET "finished_at" = now() WHERE "id" = $1`, [id])
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(session: SqlSession, opts: ApplyOptions = {}): Promise<string[]> {
  const dir = opts.dir ?? MIGRATIONS_DIR
  await session.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`)
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE)
    const status = await getMigrationStatus(session, dir)
    refuseUnsafeHistory(status)
    if (status.unknown.length > 0) {
      opts.log?.('database has migrations this build does not know', { migrations: status.unknown })
    }
    for (const migration of status.pending) {
      await applyOne(session, migration)
      opts.log?.('applied migration', { migration: migration.name })
    }
    return status.pending.map((m) => m.name)
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`)
  }
}
