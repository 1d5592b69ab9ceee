import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name)
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

// Local-time accessors depend on the server's zone (TZ); the calendar and SLA code must use UTC arithmetic only.
const LOCAL_TIME = /\.(getHours|getMinutes|getSeconds|getDate|getDay|getMonth|getFullYear|getYear|getTimezoneOffset|set(Hours|Minutes|Seconds|Date|Month|FullYear))\(|toLocale\w*\(|Intl\.|Date\.parse\(/

describe('calendar and SLA code never use the server time zone', () => {
  const sources = [...files('services/calendar'), ...files('services/sla')]

  it('finds its files', () => {
    expect(sources.map((f) => relative(ROOT, join(ROOT, f)))).toEqual(expect.arrayContaining(['services/calendar/business-calendar.ts', 'services/sla/sla.ts']))
  })

  it('has no local-time accessor, Intl or Date.parse', () => {
    const offending = sources.filter((f) => LOCAL_TIME.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(offending).toEqual([])
  })

  it('would notice one', () => {
    expect(LOCAL_TIME.test('const h = at.getHours()')).toBe(true)
    expect(LOCAL_TIME.test('const h = at.getUTCHours()')).toBe(false)
  })
})
