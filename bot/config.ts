import { existsSync } from 'node:fs'
import { z } from 'zod'
import { DEFAULT_CONFIG_PATH } from './app-config.ts'

const ids = z.string().trim().transform((s, ctx) => {
  const parts = s === '' ? [] : s.split(',').map((p) => p.trim())
  const bad = parts.find((p) => !/^\d{1,15}$/.test(p))
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: `"${bad}" is not a Telegram user id (digits only, comma-separated)` })
    return z.NEVER
  }
  return new Set(parts.map(Number))
})

const EnvSchema = z.object({
  BOT_TOKEN: z.string({ error: 'is required: the token BotFather gave you' }).regex(/^\d+:[\w-]{20,}$/, 'does not look like a bot token (123456:ABC…)'),
  TELEGRAM_API_ROOT: z.url({ error: 'must be a URL such as http://127.0.0.1:8081' }).optional(),
  DATABASE_URL: z.string().regex(/^(postgres(ql)?:\/\/|pglite:)/, 'must start with postgres://, postgresql:// or pglite:').optional(),
  ADMIN_IDS: ids.default(new Set<number>()),
  CONFIG_FILE: z.string().default(DEFAULT_CONFIG_PATH).refine((p) => existsSync(p), 'file does not exist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Env = z.infer<typeof EnvSchema>

export class EnvError extends Error {}

/** Reads the environment once at start-up; a bad setting stops the bot with one message naming the variable. */
export function readEnv(env: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''))
  const parsed = EnvSchema.safeParse(cleaned)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new EnvError(`${String(issue.path[0] ?? 'environment')} ${issue.message}`)
}
