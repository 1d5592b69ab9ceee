// Runs the bot as production does — a separate Node process started from bot/main.ts — so tests can stop it
// (SIGTERM), crash it (SIGKILL) and start it again on the same data. Node is spawned directly with tsx as a
// loader (no npx in between), so the pid we signal is the bot itself.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml'
import { DEFAULT_CONFIG_PATH } from '../../bot/app-config.ts'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface BotProcessOptions {
  token: string
  apiRoot: string
  /** DATABASE_URL, e.g. `pglite:/tmp/x/pglite`. */
  databaseUrl: string
  adminIds: number[]
  logLevel?: string
  /** Extra environment (wins over the above). */
  env?: Record<string, string>
  /** A label for the log lines, e.g. "bot#2". */
  name?: string
}

export interface LogLine {
  stream: 'stdout' | 'stderr'
  text: string
  /** pino's JSON, when the line is one. */
  json?: Record<string, unknown>
}

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

export class BotProcess {
  readonly logs: LogLine[] = []
  readonly exited: Promise<Exit>
  private exit?: Exit
  private readonly listeners = new Set<() => void>()
  private readonly partial = { stdout: '', stderr: '' }

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream]!.setEncoding('utf8')
      child[stream]!.on('data', (chunk: string) => this.take(stream, chunk))
    }
    // Should the test runner itself exit (a crash, Ctrl-C), take the bot down with it.
    const orphanGuard = () => child.kill('SIGKILL')
    process.once('exit', orphanGuard)
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        process.off('exit', orphanGuard)
        for (const stream of ['stdout', 'stderr'] as const) if (this.partial[stream]) this.take(stream, '\n')
        this.exit = { code, signal }
        this.notify()
        resolve(this.exit)
      })
    })
  }

  static start(opts: BotProcessOptions): BotProcess {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      NODE_ENV: 'production',
      BOT_TOKEN: opts.token,
      TELEGRAM_API_ROOT: opts.apiRoot,
      DATABASE_URL: opts.databaseUrl,
      ADMIN_IDS: opts.adminIds.join(','),
      LOG_LEVEL: opts.logLevel ?? 'info',
      ...opts.env,
    }
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    return new BotProcess(opts.name ?? 'bot', child)
  }

  get pid(): number | undefined {
    return this.child.pid
  }

  get running(): boolean {
    return this.exit === undefined
  }

  get exitStatus(): Exit | undefined {
    return this.exit
  }

  /** pino records (JSON lines) with this `msg`. */
  records(msg: string): Record<string, unknown>[] {
    return this.logs.flatMap((line) => (line.json?.msg === msg ? [line.json] : []))
  }

  /** Records at warn level or above (pino: 40 warn, 50 error, 60 fatal), and any non-JSON stderr output. */
  problems(minLevel = 50): LogLine[] {
    return this.logs.filter((line) => (line.json ? Number(line.json.level) >= minLevel : line.stream === 'stderr' && line.text.trim() !== ''))
  }

  /** Resolves with the first log line matching; rejects on timeout or if the process exits first. */
  waitForLog(match: string | RegExp | ((line: LogLine) => boolean), timeoutMs = 30_000): Promise<LogLine> {
    const predicate =
      typeof match === 'function' ? match
      : typeof match === 'string' ? (line: LogLine) => line.json?.msg === match || line.text.includes(match)
      : (line: LogLine) => match.test(line.text)
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.logs.find(predicate)
        if (found) return done(() => resolve(found))
        if (this.exit) return done(() => reject(new Error(`${this.name} exited (${JSON.stringify(this.exit)}) before logging ${String(match)}.\n${this.tail()}`)))
      }
      const timer = setTimeout(() => done(() => reject(new Error(`${this.name}: no log line ${String(match)} within ${timeoutMs} ms.\n${this.tail()}`))), timeoutMs)
      const done = (finish: () => void) => {
        clearTimeout(timer)
        this.listeners.delete(check)
        finish()
      }
      this.listeners.add(check)
      check()
    })
  }

  /** Graceful stop: SIGTERM, then SIGKILL if it has not exited within `timeoutMs`. */
  async stop(timeoutMs = 15_000): Promise<Exit> {
    if (!this.running) return this.exit!
    this.child.kill('SIGTERM')
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs)
    try {
      return await this.exited
    } finally {
      clearTimeout(timer)
    }
  }

  /** A crash: SIGKILL, no chance to clean up. */
  async kill(): Promise<Exit> {
    if (!this.running) return this.exit!
    this.child.kill('SIGKILL')
    return this.exited
  }

  /** The last lines of output, for failure messages. */
  tail(lines = 40): string {
    return this.logs.slice(-lines).map((line) => `[${this.name} ${line.stream}] ${line.text}`).join('\n')
  }

  private take(stream: 'stdout' | 'stderr', chunk: string): void {
    const text = this.partial[stream] + chunk
    const lines = text.split('\n')
    this.partial[stream] = lines.pop() ?? ''
    for (const raw of lines) {
      if (raw === '') continue
      let json: Record<string, unknown> | undefined
      if (raw.startsWith('{')) {
        try {
          json = JSON.parse(raw) as Record<string, unknown>
        } catch {
          json = undefined
        }
      }
      this.logs.push({ stream, text: raw, ...(json && { json }) })
    }
    if (lines.length > 0) this.notify()
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener()
  }
}

/** Every bot process a test started, so afterAll (or a failure) can kill whatever is still running. */
export class BotProcesses {
  readonly all: BotProcess[] = []

  start(opts: BotProcessOptions): BotProcess {
    const bot = BotProcess.start({ ...opts, name: opts.name ?? `bot#${this.all.length + 1}` })
    this.all.push(bot)
    return bot
  }

  async killAll(): Promise<void> {
    await Promise.all(this.all.filter((bot) => bot.running).map((bot) => bot.kill()))
  }

  /** Log lines of every run, in order of the runs. */
  logs(): LogLine[] {
    return this.all.flatMap((bot) => bot.logs)
  }

  problems(minLevel = 50): Array<LogLine & { bot: string }> {
    return this.all.flatMap((bot) => bot.problems(minLevel).map((line) => ({ ...line, bot: bot.name })))
  }
}

/**
 * The shipped configuration with every scheduled post turned off, written into `dir`: the daily rhythm posts at real
 * wall-clock minutes (07:30, 09:00…), which would land in the groups at whatever moment a test happens to run.
 * Scheduled posts have their own tests (tests/unit/schedules, tests/integration/schedules, tests/bot/schedules).
 */
export function configWithoutSchedules(dir: string): string {
  const doc = parseDocument(readFileSync(DEFAULT_CONFIG_PATH, 'utf8'))
  const jobs = doc.getIn(['schedules', 'jobs'])
  if (!(jobs instanceof YAMLSeq)) throw new Error('config: schedules.jobs is not a list')
  for (const job of jobs.items) if (job instanceof YAMLMap) job.set('enabled', false)
  const path = join(dir, 'trucban.yaml')
  writeFileSync(path, doc.toString())
  return path
}

/** A scheduled job as written in config/trucban.yaml (`schedules.jobs`). */
export interface ScheduleJobYaml {
  id: string
  cron: string
  enabled: boolean
  targets: Array<string | { unitId: string }>
  kind: 'reminder' | 'daily_report' | 'weekly_report' | 'roster'
  message?: string
  workingDaysOnly: boolean
  catchUp: 'send_late' | 'drop'
}

/**
 * The shipped configuration with `jobs` as its only scheduled posts, written into `dir`: for a process test of the
 * clock that must know exactly what is due when (e.g. one reminder every minute).
 */
export function configWithSchedules(dir: string, jobs: ScheduleJobYaml[]): string {
  const doc = parseDocument(readFileSync(DEFAULT_CONFIG_PATH, 'utf8'))
  if (!(doc.getIn(['schedules', 'jobs']) instanceof YAMLSeq)) throw new Error('config: schedules.jobs is not a list')
  doc.setIn(['schedules', 'jobs'], doc.createNode(jobs))
  const path = join(dir, 'trucban.yaml')
  writeFileSync(path, doc.toString())
  return path
}

let databaseCounter = 0

/**
 * A new, empty database for bot processes, and how to remove it: an embedded PGlite directory, or (kind postgres,
 * TEST_DATABASE_URL set) a uniquely named database on that server, created here and dropped by `drop`.
 */
export async function freshBotDatabase(kind: 'pglite' | 'postgres'): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'trucban-proc-'))
    return { url: `pglite:${join(dir, 'pglite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const server = process.env.TEST_DATABASE_URL
  if (!server) throw new Error('TEST_DATABASE_URL is not set: no PostgreSQL server to create a database on')
  const name = `trucban_proc_${process.pid}_${++databaseCounter}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  // A leftover of an earlier run whose pid was reused would make CREATE fail.
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin(`CREATE DATABASE "${name}"`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return { url: url.href, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}
