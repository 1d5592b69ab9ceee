import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  applyMigrations,
  getMigrationStatus,
  MIGRATIONS_DIR,
  type SqlSession,
} from '../../services/repositories/migrations.ts'
import {
  createBlankDatabase,
  createTestDatabase,
  describeEachDatabase,
  TEST_DATABASES,
  type BlankDatabase,
} from '../helpers/test-db.ts'

interface Row {
  id: string
  migration_name: string
  checksum: string
  started_at: Date
  finished_at: Date | null
  logs: string | null
  rolled_back_at: Date | null
  applied_steps_count: number
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

function rows(session: SqlSession): Promise<Row[]> {
  return session.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY "migration_name", "started_at"`)
}

async function tableExists(session: SqlSession, table: string): Promise<boolean> {
  const [row] = await session.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS "found"`, [`"${table}"`])
  return row.found
}

function writeMigration(dir: string, name: string, sql: string): void {
  mkdirSync(join(dir, name), { recursive: true })
  writeFileSync(join(dir, name, 'migration.sql'), sql)
}

const repoMigrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

for (const kind of TEST_DATABASES) {
  describe(`migration applier [${kind}]`, () => {
    let db: BlankDatabase
    let dir: string

    beforeEach(async () => {
      db = await createBlankDatabase(kind)
      dir = mkdtempSync(join(tmpdir(), 'trucban-migrations-'))
    })

    afterEach(async () => {
      await db.close()
      rmSync(dir, { recursive: true, force: true })
    })

    it('applies the repository migrations to an empty database and records them as Prisma does', async () => {
      expect(repoMigrationNames.length).toBeGreaterThan(0)

      expect(await applyMigrations(db.session)).toEqual(repoMigrationNames)

      expect(await tableExists(db.session, 'Ticket')).toBe(true)
      const recorded = await rows(db.session)
      expect(recorded.map((r) => r.migration_name)).toEqual(repoMigrationNames)
      for (const row of recorded) {
        expect(row.checksum).toBe(sha256(readFileSync(join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'), 'utf8')))
        expect(row.id).toMatch(/^[0-9a-f-]{36}$/)
        expect(row.applied_steps_count).toBe(1)
        expect(row.logs).toBeNull()
        expect(row.rolled_back_at).toBeNull()
        expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime())
      }
    })

    it('creates _prisma_migrations with the column types Prisma uses', async () => {
      await applyMigrations(db.session, { dir })

      const columns = await db.session.query<{ column_name: string; data_type: string; is_nullable: string }>(
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns
          WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      )
      expect(columns).toEqual([
        { column_name: 'id', data_type: 'character varying', is_nullable: 'NO' },
        { column_name: 'checksum', data_type: 'character varying', is_nullable: 'NO' },
        { column_name: 'finished_at', data_type: 'timestamp with time zone', is_nullable: 'YES' },
        { column_name: 'migration_name', data_type: 'character varying', is_nullable: 'NO' },
        { column_name: 'logs', data_type: 'text', is_nullable: 'YES' },
        { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', is_nullable: 'YES' },
        { column_name: 'started_at', data_type: 'timestamp with time zone', is_nullable: 'NO' },
        { column_name: 'applied_steps_count', data_type: 'integer', is_nullable: 'NO' },
      ])
    })

    it('is a no-op when re-applied, and later applies only the new migration', async () => {
      writeMigration(dir, '20260101000000_a', 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);')
      await applyMigrations(db.session, { dir })
      const before = await rows(db.session)

      expect(await applyMigrations(db.session, { dir })).toEqual([])
      expect(await rows(db.session)).toEqual(before)

      writeMigration(dir, '20260102000000_b', 'CREATE TABLE "B" ("id" INTEGER PRIMARY KEY);')
      expect(await applyMigrations(db.session, { dir })).toEqual(['20260102000000_b'])
      expect((await rows(db.session)).slice(0, 1)).toEqual(before)
    })

    it('runs the whole script as one query, so semicolons inside comments, strings and bodies are safe', async () => {
      writeMigration(
        dir,
        '20260101000000_tricky',
        `-- a comment; with a semicolon
CREATE TABLE "Note" ("text" TEXT NOT NULL DEFAULT 'a;b');
CREATE FUNCTION "note_count"() RETURNS BIGINT LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT count(*) FROM "Note");
END;
$$;
INSERT INTO "Note" DEFAULT VALUES;`,
      )

      await applyMigrations(db.session, { dir })

      expect(await db.session.query(`SELECT "text", "note_count"()::int AS "n" FROM "Note"`)).toEqual([
        { text: 'a;b', n: 1 },
      ])
    })

    it('refuses to run when an applied migration was edited afterwards', async () => {
      writeMigration(dir, '20260101000000_a', 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);')
      await applyMigrations(db.session, { dir })

      writeMigration(dir, '20260101000000_a', 'CREATE TABLE "A" ("id" BIGINT PRIMARY KEY);')
      writeMigration(dir, '20260102000000_b', 'CREATE TABLE "B" ("id" INTEGER PRIMARY KEY);')

      await expect(applyMigrations(db.session, { dir })).rejects.toThrow(/20260101000000_a was modified after it was applied/)
      expect((await getMigrationStatus(db.session, dir)).edited).toEqual(['20260101000000_a'])
      expect(await tableExists(db.session, 'B')).toBe(false)
    })

    it('rolls a failing migration back completely, records it as failed, and refuses to run until it is resolved', async () => {
      writeMigration(dir, '20260101000000_ok', 'CREATE TABLE "Ok" ("id" INTEGER PRIMARY KEY);')
      writeMigration(
        dir,
        '20260102000000_bad',
        'CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);',
      )

      await expect(applyMigrations(db.session, { dir })).rejects.toThrow(/20260102000000_bad failed/)

      expect(await tableExists(db.session, 'Ok')).toBe(true)
      expect(await tableExists(db.session, 'Half')).toBe(false)
      const bad = (await rows(db.session)).find((r) => r.migration_name === '20260102000000_bad')!
      expect(bad.finished_at).toBeNull()
      expect(bad.applied_steps_count).toBe(0)
      expect(bad.logs).toMatch(/NoSuchTable/)

      writeMigration(dir, '20260102000000_bad', 'CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);')
      await expect(applyMigrations(db.session, { dir })).rejects.toThrow(/20260102000000_bad failed earlier/)

      await db.session.query(`UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "finished_at" IS NULL`)
      expect(await applyMigrations(db.session, { dir })).toEqual(['20260102000000_bad'])
      expect(await tableExists(db.session, 'Half')).toBe(true)
    })

    if (kind === 'postgres') {
      it('applies each migration once when two processes deploy at the same time', async () => {
        writeMigration(dir, '20260101000000_a', 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY); SELECT pg_sleep(0.2);')
        writeMigration(dir, '20260102000000_b', 'CREATE TABLE "B" ("id" INTEGER PRIMARY KEY);')
        const other = await db.connect!()

        const [first, second] = await Promise.all([
          applyMigrations(db.session, { dir }),
          applyMigrations(other.session, { dir }),
        ])

        expect([...first, ...second].sort()).toEqual(['20260101000000_a', '20260102000000_b'])
        expect((await rows(db.session)).map((r) => r.migration_name)).toEqual(['20260101000000_a', '20260102000000_b'])
      })
    }
  })
}

describeEachDatabase('test database', (getDb) => {
  it('is migrated and empty', async () => {
    const { prisma } = getDb()
    const applied = await prisma.$queryRaw<Array<{ migration_name: string }>>`
      SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL ORDER BY "migration_name"`
    expect(applied.map((r) => r.migration_name)).toEqual(repoMigrationNames)
    expect(await prisma.counter.count()).toBe(0)
  })

  it('does not share data with another test database', async () => {
    const other = await createTestDatabase(getDb().kind)
    try {
      await getDb().prisma.counter.create({ data: { name: 'isolation', value: 1 } })
      expect(await other.prisma.counter.count()).toBe(0)
    } finally {
      await getDb().prisma.counter.deleteMany()
      await other.close()
    }
  })

  it('commits interactive transactions and rolls back the ones that throw', async () => {
    const { prisma } = getDb()
    await prisma.$transaction(async (tx) => {
      await tx.counter.create({ data: { name: 'kept', value: 1 } })
    })
    const failing = prisma.$transaction(async (tx) => {
      await tx.counter.create({ data: { name: 'dropped', value: 1 } })
      throw new Error('abort')
    })

    await expect(failing).rejects.toThrow('abort')
    expect((await prisma.counter.findMany()).map((c) => c.name)).toEqual(['kept'])
  })
})
