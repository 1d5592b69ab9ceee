import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'generated' || name === 'node_modules') return []
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2])

function violations(files: string[], rule: (spec: string, file: string) => boolean): string[] {
  return files.flatMap((f) => importsOf(f).filter((s) => rule(s, f)).map((s) => `${f} imports ${s}`))
}

const core = sources('services').filter((f) => !f.startsWith('services/repositories/'))

describe('the dependency rule (DEVELOPERS.md)', () => {
  it('finds the files it checks', () => {
    expect(core.length).toBeGreaterThan(10)
    expect(importsOf('services/tickets/ticket-service.ts')).toContain('../ports.ts')
  })

  it('services/ never imports the messenger, the scheduler or the ORM', () => {
    const platform = /^(grammy|@grammyjs\/|node-cron|@prisma\/|prisma|pglite-prisma-adapter|@electric-sql\/pglite|pg)(\/|$)/
    expect(violations(core, (s) => platform.test(s) || s.includes('/repositories/'))).toEqual([])
  })

  it('services/ never imports bot/, commands/ or scripts/', () => {
    expect(violations(sources('services'), (s, f) => /^(bot|commands|scripts)\//.test(relative(ROOT, join(ROOT, f, '..', s))))).toEqual([])
  })

  it('services/ never reads the environment or the clock', () => {
    const offending = core.filter((f) => /process\.env|Date\.now\(|new Date\(\)/.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(offending).toEqual([])
  })

  it('only services/repositories/ imports Prisma; commands/ go through services', () => {
    const outside = [...sources('bot'), ...sources('commands')]
    expect(violations(outside, (s) => /^@prisma\/|generated\/prisma/.test(s))).toEqual([])
    expect(violations(sources('commands'), (s) => s.includes('/repositories/'))).toEqual([])
  })
})
