// `npm test`: drift check, then `vitest run` with any extra arguments, announcing which databases are covered.
//   TEST_DATABASE_URL=postgres://…  also run the database suites against that PostgreSQL server
//   CI=1                            makes TEST_DATABASE_URL mandatory, so CI cannot silently skip PostgreSQL
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// vitest's CLI file is not in its package exports; find it next to the (exported) package.json.
const VITEST = fileURLToPath(new URL('vitest.mjs', import.meta.resolve('vitest/package.json')))

function databasesLine(testDatabaseUrl: string | undefined): string {
  if (!testDatabaseUrl) {
    return 'Databases: PGlite only — set TEST_DATABASE_URL=postgres://… to also cover PostgreSQL'
  }
  const url = new URL(testDatabaseUrl)
  return `Databases: PGlite (embedded) + PostgreSQL at ${url.host}${url.pathname}`
}

/** The plain closing line CI reads: "N passed, N failed". */
function summaryLine(reportPath: string): string {
  if (!existsSync(reportPath)) return 'tests: 0 passed, 1 failed'
  const r = JSON.parse(readFileSync(reportPath, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number }
  return `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`
}

function run(args: string[]): number {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' })
  if (result.error) throw result.error
  return result.status ?? 1
}

function main(): number {
  const testDatabaseUrl = process.env.TEST_DATABASE_URL
  if (process.env.CI && !testDatabaseUrl) {
    console.error('CI is set but TEST_DATABASE_URL is not: CI must also test PostgreSQL.')
    console.error('Set TEST_DATABASE_URL=postgres://user@host:5432/postgres (a server where the user may create databases).')
    return 1
  }
  const line = databasesLine(testDatabaseUrl)
  console.log(line)

  if (run(['--import', 'tsx', 'scripts/migrate.ts', 'check']) !== 0) {
    console.error('Drift check failed: prisma/migrations does not match prisma/schema.prisma (see above).')
    return 1
  }

  const reportDir = mkdtempSync(join(tmpdir(), 'trucban-test-'))
  const report = join(reportDir, 'vitest.json')
  const code = run([VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)])
  console.log(line)
  console.log(summaryLine(report))
  rmSync(reportDir, { recursive: true, force: true })
  return code
}

process.exit(main())
