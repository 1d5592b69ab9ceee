import pino, { type Logger } from 'pino'

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'trucban' },
    // Tokens appear in Bot API URLs and in some error texts: never log them.
    redact: { paths: ['token', '*.token', 'botToken'], remove: true },
  })
}

export type { Logger }
