import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rightsTable } from '../../scripts/rights-table.ts'

describe('README', () => {
  it('shows the rights table the code enforces', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const embedded = /<!-- rights-table:start[^>]*-->\n([\s\S]*?)\n<!-- rights-table:end -->/.exec(readme)?.[1]
    expect(embedded).toBe(rightsTable(false))
  })
})
